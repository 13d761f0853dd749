package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small readers a clipping goes through, each on examples of what it must and must not take. */
class ClippingRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (LEAD) N. Korea's Choe meets Lavrov in Moscow           | N. Korea's Choe meets Lavrov in Moscow
            (2nd LD) Seoul condemns launch                          | Seoul condemns launch
            (3rd LD, with details in paras 5-6) Seoul condemns launch | Seoul condemns launch
            (News Focus) What Kim wants from Putin                  | What Kim wants from Putin
            UPDATE 2-North Korea fires missile                      | North Korea fires missile
            EXCLUSIVE-Russia sends oil to North Korea               | Russia sends oil to North Korea
            (Not) the end of the alliance                           | (Not) the end of the alliance
            Kim-Putin summit: what we know                          | Kim-Putin summit: what we know
            (LEAD)                                                  | (LEAD)
            """)
    void anAgencysEditionTagIsNoPartOfTheHeadline(String title, String headline) {
        assertThat(EditionTag.strip(title)).isEqualTo(headline);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            N Korea troops are in Russia. What’s the deal?Moscow’s relations have fragmented | N Korea troops are in Russia. What’s the deal? | Moscow’s relations have fragmented
            Floods close schools across the region.Officials expect more rain this week       | Floods close schools across the region.          | Officials expect more rain this week
            Talks with the U.S.President stall over trade                                    | Talks with the U.S.President stall over trade    | -
            Markets rally as inflation cools in March                                         | Markets rally as inflation cools in March        | -
            ECB holds rates as inflation cools across eurozoneChristine Lagarde said the bank waits | ECB holds rates as inflation cools across eurozone | Christine Lagarde said the bank waits
            Apple sells fewer iPhones in China as YouTube and eBay grow                       | Apple sells fewer iPhones in China as YouTube and eBay grow | -
            McDonald's and PlayStation report record quarter                                  | McDonald's and PlayStation report record quarter  | -
            How the macOS update changes security for every user                             | How the macOS update changes security for every user | -
            US says 10,000 North Korean troops in RussiaThe Pentagon said the troops would fight | US says 10,000 North Korean troops in Russia | The Pentagon said the troops would fight
            What we know about the troops in RussiaThousands of soldiers were sent            | What we know about the troops in Russia          | Thousands of soldiers were sent
            WhatsApp and BlackRock lead a rally as LinkedIn and AstraZeneca slip              | WhatsApp and BlackRock lead a rally as LinkedIn and AstraZeneca slip | -
            """)
    void titleIsSplitAtTheGluePointOnly(String line, String title, String rest) {
        TitleSplitter.Split split = TitleSplitter.split(line);

        assertThat(split.title()).isEqualTo(title);
        assertThat(split.rest()).isEqualTo(Optional.ofNullable(rest));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The partnership potentially undermines this position. Bloomberg | Bloomberg | The partnership potentially undermines this position.
            The talks will resume next week, he said. REUTERS               | Reuters   | The talks will resume next week, he said.
            The ministry did not comment. AFP                               | AFP       | The ministry did not comment.
            “We will not back down,” she said. — AP                         | AP        | “We will not back down,” she said.
            REUTERS                                                         | Reuters   | ''
            Al Jazeera and news agencies                                    | Al Jazeera | ''
            BBC with agencies                                               | BBC       | ''
            Rebels and agencies clashed                                     | -         | -
            The decision was announced by the U.S. State Department         | -         | -
            The committee will meet again on Tuesday.                       | -         | -
            Kim Jong Un                                                     | -         | -
            """)
    void wireSignOffIsTakenFromTheEndOnly(String paragraph, String outlet, String rest) {
        Optional<SignOff> signOff = SignOff.read(paragraph);

        assertThat(signOff.map(SignOff::outlet)).isEqualTo(Optional.ofNullable(outlet));
        assertThat(signOff.map(SignOff::text)).isEqualTo(Optional.ofNullable(rest));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            (Published 16 November 2024, 06:49 IST)         | 2024-11-16 | false
            Published: 3 March 2024                         | 2024-03-03 | false
            Published On 5 Dec 20245 Dec 2024               | 2024-12-05 | false
            Published On 17 June 202517 June 2025           | 2025-06-17 | false
            Published On 5 Dec 20246 Dec 2024               | -          | -
            Updated 10:22 AM EST, March 3, 2024             | 2024-03-03 | true
            March 3, 2024                                   | 2024-03-03 | false
            2024-03-03                                      | 2024-03-03 | false
            Thu 15 Feb 2024 06.14 GMT                       | 2024-02-15 | false
            First published on Sunday 3rd Mar. 2024         | 2024-03-03 | false
            The war began on 24 February 2022.              | -          | -
            Published 30 February 2024                      | -          | -
            Published March 3                               | -          | -
            September 12, 20247:41 AM GMTUpdated 3 hours ago | 2024-09-12 | false
            November 5, 202410:02 PM GMT+9Updated 2 hours ago | 2024-11-05 | false
            Published4 February 2025                        | 2025-02-04 | false
            Seoul said March 3, 2024                        | -          | -
            'Updated December 17, 2024 at 7:12 a.m. EST|Published December 16, 2024 at 5:00 p.m. EST' | 2024-12-16 | false
            Published: 3:30pm, 19 Jun 2024Updated: 10:02pm, 20 Jun 2024 | 2024-06-19 | false
            'Updated 20 Jun 2024 | Updated 21 Jun 2024'     | 2024-06-20 | true
            December 20, 2024 10:41 PM 4 min read           | 2024-12-20 | false
            06/19/2024                                      | 2024-06-19 | false
            19/06/2024                                      | 2024-06-19 | false
            19.06.2024                                      | 2024-06-19 | false
            06/07/2024                                      | -          | -
            11/04/2024 05:31 PM EST                         | 2024-11-04 | false
            '11/04/2024, 7:12 a.m. ET'                      | 2024-11-04 | false
            11/04/2024 05:31 GMT                            | -          | -
            Issued on: 19/06/2024 - 01:44Modified: 19/06/2024 - 03:25 | 2024-06-19 | false
            Modified: 19/06/2024 - 03:25                    | 2024-06-19 | true
            'TOI World Desk / TIMESOFINDIA.COM / Updated: Nov 5, 2024, 09:14 IST' | 2024-11-05 | true
            'Kim met Putin / Nov 5, 2024'                   | -          | -
            'Desk / Nov 5, 2024 / Nov 6, 2024'              | -          | -
            10/30/24 2:12 PM ET                             | 2024-10-30 | false
            'Posted on : Jun.20,2024 17:14 KST'             | 2024-06-20 | false
            'Jun.20,2024'                                   | 2024-06-20 | false
            2025.03.10                                      | 2025-03-10 | false
            2025.03-10                                      | -          | -
            'June 52024'                                    | -          | -
            10/30/24                                        | -          | -
            'Published: 11 July 2025: 10:21 AM GST'         | 2025-07-11 | false
            'Tuesday 14 January 2025 06:47, UK'             | 2025-01-14 | false
            07/07/2024                                      | 2024-07-07 | false
            13/13/2024                                      | -          | -
            All News 21:48 November 04, 2024                | 2024-11-04 | false
            World 10:22 AM EST, March 3, 2024               | 2024-03-03 | false
            Kim Jong Un March 3, 2024                       | -          | -
            Kim said 10:22 March 3, 2024                    | -          | -
            'Oct 24th 2024|SEOUL'                           | 2024-10-24 | false
            'Oct 24th 2024 | WASHINGTON, DC'                | 2024-10-24 | false
            'Oct 24th 2024|Seoul said'                      | -          | -
            Jan 13, 2025 - World                            | 2025-01-13 | false
            Jan 13, 2025 - Kim Jong Un said                 | -          | -
            'Published on January 3, 2025, at 5:00 pm (Paris), updated at 6:10 pm' | 2025-01-03 | false
            Published on January 3 (Paris)                  | -          | -
            02/18/2025February 18, 2025                     | 2025-02-18 | false
            June 5, 2024 9:41 PM GMT+1Updated a year ago    | 2024-06-05 | false
            Updated a year ago                              | -          | -
            March 3, 0000                                   | -          | -
            0000-01-01                                      | -          | -
            2024-06-19T07:15:00Z                            | 2024-06-19 | false
            'Updated: 2024/06/19 07:15 KST'                 | 2024-06-19 | true
            See /2024/06/19/ for the archive                | -          | -
            """)
    void dateStampsAreLinesThatOnlyGiveADate(String line, String date, Boolean updated) {
        Optional<DateStamp> stamp = DateStamp.read(line);

        assertThat(stamp.map(DateStamp::date)).isEqualTo(Optional.ofNullable(date).map(LocalDate::parse));
        assertThat(stamp.map(DateStamp::updated)).isEqualTo(Optional.ofNullable(updated));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Rajoli Siddharth Jayaprakash    | Rajoli Siddharth Jayaprakash
            Justin McCurry in Tokyo         | Justin McCurry
            Justin McCurry in Tokyo and Pjotr Sauer | Justin McCurry and Pjotr Sauer
            Jane Doe in Rio de Janeiro      | Jane Doe
            Jane Doe in New York, Tom Roe in Seoul and Ann Poe | Jane Doe, Tom Roe and Ann Poe
            Jane Doe and John Roe           | Jane Doe and John Roe
            Ludwig van Beethoven            | Ludwig van Beethoven
            J. K. Rowling                   | J. K. Rowling
            Finding new markets             | -
            Top Stories                     | -
            Long-term commitment            | -
            ADVERTISEMENT                   | -
            What Happens Next               | -
            NHK WORLD-JAPAN                 | -
            CNN International               | -
            KIM JONG UN                     | KIM JONG UN
            Ng Eng Hen                      | Ng Eng Hen
            """)
    void bareNameLinesAreNamesOnly(String line, String name) {
        assertThat(PersonName.read(line)).isEqualTo(Optional.ofNullable(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            World                       | Port strike spreads to three more cities | By Ada Whitfield  | Port strike spreads to three more cities
            News Feed                   | Port strike spreads to three more cities | March 3, 2024     | Port strike spreads to three more cities
            Asia Pacific                | Port strike spreads to three more cities | By Ada Whitfield  | Port strike spreads to three more cities
            Brothers in arms            | Port strike spreads to three more cities | By Ada Whitfield  | Brothers in arms
            Gambit                      | By Ada Whitfield                          | March 3, 2024     | Gambit
            Gambit                      | Port strike spreads to three more cities | The body starts here, as a sentence does. | Gambit
            LIVE                        | Port strike spreads to three more cities | The body starts here, as a sentence does. | Port strike spreads to three more cities
            """)
    void sectionNamesAboveAHeadlineAreNotTheTitle(String first, String second, String third, String title) {
        InferredFields fields = new InferredFields();
        ClippingHeader.read(List.of(new ClippingLine(1, first), new ClippingLine(2, second), new ClippingLine(3, third),
                new ClippingLine(4, "The body starts here, as a sentence does.")), "", fields);

        assertThat(fields.get("title")).contains(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Jane Doe is the Seoul bureau chief for The Daily Ledger. She covers the Koreas. | Jane Doe and Tom Roe | true  | The Daily Ledger
            Tom Roe is a reporter at Harbor News.                                          | Jane Doe and Tom Roe | true  | Harbor News
            Jane Doe has been writing about trade since 2010.                               | Jane Doe             | true  | -
            Jane Doe said the talks would resume.                                           | Jane Doe             | false | -
            The minister is a reporter for The Daily Ledger.                                | Jane Doe             | false | -
            Jane Doe                                                                        | Jane Doe and Tom Roe | true  | -
            Tom Roe (tom@example.com)                                                       | Jane Doe and Tom Roe | true  | -
            Jane Doe said so.                                                               | Jane Doe             | false | -
            Doe reported from Seoul and Roe from Riga, Latvia.                              | Jane Doe and Tom Roe | true  | -
            Roe contributed reporting.                                                      | Jane Doe and Tom Roe | true  | -
            BY JANE DOE [jane@example.com]                                                  | Jane Doe             | true  | -
            Doe covers North and South Korea for the Associated Press.                      | Jane Doe             | true  | -
            Kim covers North and South Korea for the Associated Press.                      | Jane Doe             | false | -
            Doe was speaking in Seoul on Monday.                                            | Jane Doe             | false | -
            Doe reported from Seoul. The talks then resumed in Geneva after a long break.   | Jane Doe             | false | -
            """)
    void aNoteOnTheWriterOpensWithTheirName(String paragraph, String authors, boolean note, String outlet) {
        Optional<WriterNote> read = WriterNote.read(paragraph, authors);

        assertThat(read.isPresent()).as("a note").isEqualTo(note);
        assertThat(read.flatMap(WriterNote::outlet)).isEqualTo(Optional.ofNullable(outlet));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            A soldier near the front line on Nov. 14. (Oleg Petrasyuk/AFP/Getty Images) | A soldier near the front line on Nov. 14. | Oleg Petrasyuk/AFP/Getty Images
            Cranes stand idle. (Port Authority / Telegram)                               | Cranes stand idle.                        | Port Authority / Telegram
            Kim and Putin in Pyongyang. (Photo: Yonhap)                                  | Kim and Putin in Pyongyang.               | Photo: Yonhap
            The ministry said exports fell (see chart).                                  | -                                         | -
            Sales rose 5% (year on year).                                                | -                                         | -
            Olaf Scholz in Berlin © Liesa Johannssen/Reuters                            | Olaf Scholz in Berlin                     | © Liesa Johannssen/Reuters
            Lula in Brasília, on December 20, 2024. ADRIANO MACHADO / REUTERS           | Lula in Brasília, on December 20, 2024.   | ADRIANO MACHADO / REUTERS
            At war since April 2023Image: AFP                                           | At war since April 2023                   | Image: AFP
            Trade rose 5%. EU / US                                                       | -                                         | -
            """)
    void aCaptionMayEndWithItsCreditInBrackets(String line, String caption, String credit) {
        Optional<Credits.Caption> read = Credits.caption(line);

        assertThat(read.map(Credits.Caption::caption)).isEqualTo(Optional.ofNullable(caption));
        assertThat(read.flatMap(Credits.Caption::credit)).isEqualTo(Optional.ofNullable(credit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Laura GozziBBC News      | Laura Gozzi    | BBC News
            Jane McDonaldCNN         | Jane McDonald  | CNN
            Jane McDonald            | Jane McDonald  | -
            Jane McDonaldBBC         | Jane McDonald  | BBC
            'KIM JAEWON, Nikkei staff writer'   | Kim Jaewon | Nikkei
            'Jane Doe, Senior Correspondent'    | Jane Doe   | -
            'Jane Doe | Reuters'                | Jane Doe   | Reuters
            'Jane Doe for The Guardian'         | Jane Doe   | The Guardian
            'Kamala Harris for President'       | -          | -
            """)
    void aNameRunIntoAnOutletUnderTheTitleGivesBoth(String line, String author, String source) {
        InferredFields fields = new InferredFields();
        ClippingHeader.Result header = ClippingHeader.read(List.of(new ClippingLine(1, "A title of some length"),
                new ClippingLine(2, line), new ClippingLine(3, "The body starts here, as a sentence does.")), "", fields);

        assertThat(fields.get("author")).isEqualTo(Optional.ofNullable(author));
        assertThat(fields.get("source")).isEqualTo(Optional.ofNullable(source));
        assertThat(header.bodyStart()).isEqualTo(author == null ? 1 : 2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            by Christy Lee · Voice of Americawashington — Pyongyang may have bet all its chips on Washington. | Christy Lee | Voice of America | WASHINGTON — Pyongyang may have bet all its chips on Washington.
            by Christy Lee · Voice of AmericaWASHINGTON — Pyongyang may have bet all its chips.              | Christy Lee | Voice of America | WASHINGTON — Pyongyang may have bet all its chips.
            By Jane Doe, BBC News                                                                            | Jane Doe    | BBC News         | -
            By Gawon Bae, Yoonjung Seo and Brad Lendon, CNN                                                  | Gawon Bae, Yoonjung Seo and Brad Lendon | CNN | -
            By Jane Doe, Tom Roe, BBC News                                                                   | Jane Doe, Tom Roe | BBC News   | -
            By Jane Doe • Reuters                                                                           | Jane Doe    | Reuters          | -
            By Jane Doe, Political correspondent                                                             | Jane Doe    | -                | -
            By MAURICIO SAVARESE                                                                             | Mauricio Savarese | -          | -
            By Reuters                                                                                       | -           | Reuters          | -
            By The Associated Press                                                                          | -           | The Associated Press | -
            By Al Jazeera Staff                                                                              | -           | Al Jazeera       | -
            By Global Times                                                                                  | -           | Global Times     | -
            By Yonhap News Agency                                                                            | -           | Yonhap News Agency | -
            By the way this is a sentence and not a byline at all.                                           | -           | -                | -
            by Mira Kovalenko and The Harbor Independent news desk                                           | Mira Kovalenko | The Harbor Independent | -
            by the news desk                                                                                 | -           | -                | -
            Kyiv Independent news desk                                                                       | -           | Kyiv Independent | -
            Guardian staff and agencies                                                                      | -           | Guardian         | -
            Embassy staff said the talks went well                                                           | -           | -                | -
            The Harbor Independent Newsroom                                                                  | -           | The Harbor Independent | -
            Officials met the news desk                                                                      | -           | -                | -
            By Bruno Meyerfeld (Rio de Janeiro, correspondent)                                               | Bruno Meyerfeld | -              | -
            By Ji Da-gyum (dagyumji@heraldcorp.com)                                                          | Ji Da-gyum  | -                | -
            By SAMYA KULLAB and ILLIA NOVIKOV                                                                | Samya Kullab and Illia Novikov | - | -
            By CHRIS PLEASANCE FOR MAILONLINE                                                                | Chris Pleasance | MAILONLINE     | -
            By Jane Doe for The Washington Post                                                              | Jane Doe    | The Washington Post | -
            By the time it was over, for Kim the summit had failed.                                          | -           | -                | -
            By Euronews with AP                                                                              | -           | Euronews         | -
            By Jane Doe with AFP                                                                             | Jane Doe    | -                | -
            By RFE/RL's Ukrainian Service                                                                    | -           | RFE/RL           | -
            By: FRANCE 24                                                                                    | -           | France 24        | -
            ByHyung-Jin Kim                                                                                  | Hyung-Jin Kim | -              | -
            By Michael Lee [lee.junhyuk@joongang.co.kr]                                                      | Michael Lee | -                | -
            by Kyiv Post                                                                                     | -           | Kyiv Post        | -
            Bytes and pieces of the deal were leaked.                                                        | -           | -                | -
            By JUSTIN McCURRY                                                                                | Justin McCurry | -             | -
            By LEE SUNG-EUN                                                                                  | Lee Sung-eun | -               | -
            By PARK GEUN-HYE and KIM MYUNG-SOO                                                               | Park Geun-hye and Kim Myung-soo | - | -
            By JANE SMITH-JONES                                                                              | Jane Smith-Jones | -           | -
            Written by Jane Doe                                                                              | Jane Doe    | -                | -
            Story by Jane Doe, Reuters                                                                       | Jane Doe    | Reuters          | -
            Author: Jane Doe                                                                                 | Jane Doe    | -                | -
            Reporting by Jane Doe in Seoul                                                                   | Jane Doe    | -                | -
            By Jane Doe (Seoul) and John Roe (Tokyo)                                                         | Jane Doe and John Roe | -      | -
            By Jane Doe, PhD                                                                                 | Jane Doe    | -                | -
            Written off by the markets, the company rallied.                                                 | -           | -                | -
            """)
    void bylinesGiveAuthorOutletAndAnyGluedBody(String line, String author, String source, String lead) {
        Optional<Byline> byline = BylineReader.read(line, line);

        assertThat(byline.flatMap(Byline::author)).isEqualTo(Optional.ofNullable(author));
        assertThat(byline.flatMap(Byline::source)).isEqualTo(Optional.ofNullable(source));
        assertThat(byline.flatMap(Byline::lead)).isEqualTo(Optional.ofNullable(lead));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            WASHINGTON, March 3 (Reuters) - The United States said on Sunday     | Reuters | -
            SEOUL, March 1, 2024 (Yonhap) -- South Korea's exports rose          | Yonhap  | 2024-03-01
            SAO PAULO (AP) — Brazil's Senate on Wednesday approved               | AP      | -
            MOSCOW, May 27. /TASS/. Kim Yo Jong on Monday denounced              | TASS    | -
            MOSCOW, May 27, 2024. /TASS/. The Kremlin said                       | TASS    | 2024-05-27
            PARIS, 2024-03-03 — The French government said                      | -       | 2024-03-03
            (CNN) — The French government said                                  | CNN     | -
            WASHINGTON — Pyongyang may have bet all its chips                    | -       | -
            The (Reuters) report said - nothing more                             | -       | -
            Pyongyang, May 9 (KCNA) -- Kim Jong Un visited                       | KCNA    | -
            Seoul, Nov. 4, 2024 (Yonhap) -- South Korea's exports rose           | Yonhap  | 2024-11-04
            Trump, in a post on social media (Truth Social) - said so            | -       | -
            """)
    void wireDatelinesGiveSourceAndFullDates(String paragraph, String source, String date) {
        Optional<Dateline> dateline = Dateline.read(paragraph);

        assertThat(dateline.flatMap(Dateline::source)).isEqualTo(Optional.ofNullable(source));
        assertThat(dateline.flatMap(Dateline::date)).isEqualTo(Optional.ofNullable(date).map(LocalDate::parse));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What's in it for North Korea?            | true
            Long-term commitment                     | true
            Finding new markets                      | true
            The talks ended without a deal.          | false
            “We will fight on,”                      | false
            (The writer is a research assistant)     | false
            TOP STORIES                              | false
            """)
    void subheadingsAreShortPhrasesOrQuestions(String line, boolean heading) {
        assertThat(Subheadings.isHeadingShaped(line)).isEqualTo(heading);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            *stars* and _underscores_         | \\*stars\\* and \\_underscores\\_
            <script>x</script>                | \\<script\\>x\\</script\\>
            [x](javascript:alert(1))          | \\[x\\](javascript:alert(1))
            # not a heading                   | \\# not a heading
            1. not a list                     | 1\\. not a list
            - not a list                      | \\- not a list
            AT&T and R&D                      | AT\\&T and R\\&D
            Plain text stays as it is.        | Plain text stays as it is.
            """)
    void clippingTextIsEscapedForMarkdown(String text, String markdown) {
        assertThat(MarkdownText.escape(text)).isEqualTo(markdown);
    }
}
