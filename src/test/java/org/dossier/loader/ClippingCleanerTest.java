package org.dossier.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page furniture goes, the article's own lines stay. */
class ClippingCleanerTest {

    private static final String PROSE = "The minister said on Tuesday that the new rules would take effect next "
            + "month, after a consultation with businesses and unions that lasted most of the year.";

    private final ClippingCleaner cleaner = ClippingCleaner.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ADVERTISEMENT                                              | true
            Advertisement · Scroll to continue                         | true
            Sponsored                                                  | true
            Story continues below advertisement                        | true
            Read more: UN accuses officials of ignoring warnings       | true
            Also read » Markets fall for a third day                    | true
            Related: How the rules were written                        | true
            Share                                                      | true
            Share this article                                         | true
            Follow us on Google News                                   | true
            Listen to this article · 4 min                             | true
            5 min read                                                 | true
            Hashtags                                                   | true
            #politics #economy                                         | true
            Comments                                                   | true
            No comments yet...                                         | true
            Try Our AI Features                                        | true
            Explore what Daily8 AI can do for you:                     | true
            Last Updated IST                                           | true
            13 minutes ago                                             | true
            Want to read more? Subscribe today                         | true
            Sign up for our daily briefing newsletter                  | true
            reporter@example.com                                       | true
            ___                                                        | true
            (END)                                                      | true
            Skip to content                                            | true
            News › World › Asia                                        | true
            What happens next?                                         | false
            Share prices fell sharply on the news.                     | false
            Comments by the minister angered unions.                   | false
            Related issues will be discussed at the summit in June.    | false
            Published 3 March 2024                                     | false
            """)
    void singleFurnitureLinesGo(String line, boolean furniture) {
        List<ClippingLine> lines = List.of(new ClippingLine(1, "Title"), new ClippingLine(2, PROSE),
                new ClippingLine(3, line), new ClippingLine(4, PROSE));

        List<String> kept = cleaner.clean(lines).stream().map(ClippingLine::text).toList();

        assertThat(kept.contains(line)).isEqualTo(!furniture);
    }

    @Test
    void linkListGoesUpToTheNextSubheading() {
        List<String> kept = clean("Title", PROSE, "Top stories", "Swipe. Select. Stay informed.",
                "World Leaders gather for climate talks in Dubai", "Business Shares slide as rates stay high",
                "Life Walking for exercise? Here are tips on how to do it properly", "What comes next for the rules?",
                PROSE);

        assertThat(kept).containsExactly("Title", PROSE, "What comes next for the rules?", PROSE);
    }

    @Test
    void relatedTailGoesToTheEnd() {
        List<String> kept = clean("Title", PROSE, "Related Articles", "Other outlet", "Another story entirely",
                PROSE);

        assertThat(kept).containsExactly("Title", PROSE);
    }

    @Test
    void aLinkToOneOtherStoryBetweenParagraphsGoesWithItsHeadline() {
        List<String> kept = clean("Title", PROSE, "Related article", "North Korea fires ballistic missile on New Year's Day",
                PROSE);

        assertThat(kept).containsExactly("Title", PROSE, PROSE);
    }

    @Test
    void aBareRelatedLabelBeforeOneHeadlineKeepsTheArticleThatGoesOn() {
        List<String> kept = clean("Title", PROSE, "Related", "Kim Jong Un says North Korea will help Russia 'to the end'",
                PROSE, PROSE, "What comes next for the rules?", PROSE);

        assertThat(kept).containsExactly("Title", PROSE, PROSE, PROSE, "What comes next for the rules?", PROSE);
    }

    @Test
    void aBareRelatedLabelBeforeHeadlinesWithTeasersIsTheTail() {
        List<String> kept = clean("Title", PROSE, "Related", "Kim Jong Un says North Korea will help Russia 'to the end'",
                PROSE, "What we know about North Korean troops in Russia", PROSE);

        assertThat(kept).containsExactly("Title", PROSE);
    }

    @Test
    void aBareRelatedLabelBeforeOneHeadlineAndOneTeaserIsTheTail() {
        List<String> kept = clean("Title", PROSE, "Related content", "Kim Jong Un says North Korea will help Russia",
                PROSE);

        assertThat(kept).containsExactly("Title", PROSE);
    }

    @Test
    void relatedLabelAsTitleIsNotATail() {
        List<String> kept = clean("Related stories", PROSE);

        assertThat(kept).containsExactly("Related stories", PROSE);
    }

    private List<String> clean(String... texts) {
        List<ClippingLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new ClippingLine(i + 1, texts[i]));
        }
        return cleaner.clean(lines).stream().map(ClippingLine::text).toList();
    }
}
