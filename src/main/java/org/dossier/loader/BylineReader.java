package org.dossier.loader;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline: {@code By Jane Doe}, {@code By Jane Doe, BBC News}, {@code By Jane Doe | Reuters},
 * {@code Written by Jane Doe}, {@code Author: Jane Doe}, {@code By Jane Doe (Seoul) and Tom Roe (Tokyo)},
 * {@code By Jane Doe in Seoul}, {@code By Jane Doe, Tom Roe and Ann Poe, CNN},
 * {@code By JANE DOE FOR MAILONLINE}, {@code By Greg Norman Fox News} (name and outlet run
 * together), {@code By Euronews with AP} (the outlet signs, an agency helped),
 * {@code By RFE/RL's Ukrainian Service}, and pastes where the outlet, the dateline and the body run
 * together: {@code by Christy Lee · Voice of Americawashington — Pyongyang may ...} gives the
 * author {@code Christy Lee}, the source {@code Voice of America} and the body
 * {@code WASHINGTON — Pyongyang may ...}. A dateline glued to the outlet is told apart by a change
 * of case ({@code AmericaWASHINGTON}) or, when the page's styling lost the case, by finding the
 * dateline's place named elsewhere in the article.
 */
final class BylineReader {

    private static final int MAX_HEAD = 160;
    /** {@code By Jane Doe}, {@code By: Jane Doe}, and {@code ByJane Doe} as a page's styling pastes it. */
    private static final Pattern BY = Pattern.compile(
            "(?i:(?:(?:written|words|story|text|reporting) )?by:?\\s+|authors?:\\s*)(.+)|By(\\p{Lu}\\p{Ll}.+)");
    /** A place or desk in brackets after a writer's name, before the next name: {@code By Jane Doe (Seoul) and ...}. */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L} .'-]{1,30}\\)(?=\\s*(?:,|and\\s|&|$))");
    /**
     * Between names, or between the names and the outlet: {@code ,}, {@code |}, {@code for}
     * ({@code By Jane Doe for MailOnline}).
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[·|•/]|,|\\s[-–—]\\s|\\s(?i:for)\\s(?=\\p{Lu}))\\s*");
    /** An agency credited beside the writer or outlet: {@code By Euronews with AP}. */
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "\\s+with\\s+(?:AP|AFP|Reuters|dpa|EFE|ANSA|Yonhap|agencies|wires|wire services)$");
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s(?:—|–|--|-)\\s");
    private static final Pattern ROLE = Pattern.compile(
            "(?i).*\\b(?:correspondent|editor|reporter|writer|analyst|staff|contributor|columnist|producer"
                    + "|journalist|author|bureau chief|presenter)s?\\b.*");
    private static final int MAX_OUTLET_WORDS = 7;
    /** Letters after a writer's name that are no outlet: {@code By Jane Doe, PhD}. */
    private static final Pattern POST_NOMINAL = Pattern.compile(
            "(?:Ph\\.?D\\.?|M\\.?D\\.?|D\\.?Phil\\.?|MBA|MPhil|OBE|MBE|CBE|KC|QC|Jr\\.?|Sr\\.?)");
    /** An e-mail address, as a byline or a line of furniture gives it. */
    static final String EMAIL_ADDRESS = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_ADDRESS);
    /** One syllable of romanised Korean: {@code Lee}, {@code Park}, {@code Sung}, {@code Myung}. */
    private static final String KOREAN_SYLLABLE = "[bcdghjklmnprstwy]{0,3}[aeiouwy]{1,3}(?:rk|ng|n|l|k|p|m|t)?";
    /** A romanised Korean name, family name and given name, alone or among writers: {@code Lee Sung-Eun}. */
    private static final Pattern KOREAN_NAME = Pattern.compile("(?i)(?<=^|, | and )(" + KOREAN_SYLLABLE + " "
            + KOREAN_SYLLABLE + ")-(" + KOREAN_SYLLABLE + ")(?=$|, | and )");

    /** The "Mc" that opens a name in capitals: {@code McCURRY}. */
    private static final Pattern MC_PREFIX = Pattern.compile("\\bMc(?=\\p{Lu})");
    /** A note in brackets ending the byline. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("\\s*[(\\[]([^()\\[\\]]{2,60})[)\\]]$");
    private static final Pattern LIVE_SHIFT = Pattern.compile("\\s*\\((?:now|earlier|previously|later)\\)", Pattern.CASE_INSENSITIVE);
    /**
     * {@code By Reuters}, {@code By The Associated Press}, {@code By Global Times},
     * {@code By: FRANCE 24}: an outlet signs (a name of capitalised words that is no person's).
     */
    private static final Pattern OUTLET_ONLY = Pattern.compile("(?:The )?\\p{Lu}[\\p{L}&.'-]{1,30}(?: \\p{Lu}[\\p{L}&.'-]*){0,3}(?: \\d{1,3})?");
    /** An outlet's desk, in any case: {@code news desk}, {@code Newsroom}. */
    private static final String DESK = "news ?desk|web ?desk|newsroom";
    /** {@code By Al Jazeera Staff}: the outlet signs, no person does. */
    private static final Pattern STAFF = Pattern.compile(
            "(?i)(?:the )?(.+?)\\s+(?:staff(?: writers?| reporters?)?|" + DESK + "|desk|bureau)");

    /** {@code By RFE/RL's Ukrainian Service}: one of an outlet's services signs. */
    private static final Pattern SERVICE = Pattern.compile(
            "(?:the )?(\\p{Lu}[\\p{L}/&.-]*(?: \\p{Lu}[\\p{L}/&.-]*){0,3})['’]s(?: \\p{Lu}\\p{L}*){1,3} Service");

    /** An outlet's name: capitalised words ending with a word outlets are named by. */
    private static final Pattern OUTLET_NAMED = Pattern.compile("(?:The )?(?:\\p{Lu}[\\p{L}&.'-]*\\s){0,3}"
            + "(?:News|Times|Post|Herald|Journal|Tribune|Daily|Press|Agency|Television|TV|Radio|Network|Media|Gazette"
            + "|Telegraph|Chronicle|Magazine|Weekly|Review|Observer|Monitor|Digital|Online|Insider|Wire)");

    /**
     * {@code Kyiv Independent news desk}, {@code Guardian staff and agencies}: a desk or the staff
     * signs on a line of its own, without "By".
     */
    private static final Pattern DESK_ONLY = Pattern.compile(
            "((?:The )?\\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,5}) (?i:" + DESK
                    + "|staff (?:and|with) (?:news )?agencies)");

    private BylineReader() {}

    /**
     * The date stamp that runs on after the writer's name in the byline {@code line}, with only a
     * space between, as in {@code by Kateryna Denisova January 11, 2025 4:12 PM}.
     */
    static Optional<String> stampAfterName(String line) {
        Matcher by = BY.matcher(line.length() > MAX_HEAD ? line.substring(0, MAX_HEAD) : line);
        if (!by.matches()) {
            return Optional.empty();
        }
        String names = line.substring(by.start(1) >= 0 ? by.start(1) : by.start(2));
        int stamp = stampStart(names);
        return stamp > 0 ? Optional.of(names.substring(stamp)) : Optional.empty();
    }

    /** Where a date stamp starts after the name that opens {@code text}; -1 when none does. */
    private static int stampStart(String text) {
        for (int at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
            int start = at + 1;
            if (start < text.length() && (Character.isUpperCase(text.charAt(start)) || Character.isDigit(text.charAt(start)))
                    && DateStamp.read(text.substring(start)).isPresent()
                    && PersonName.read(text.substring(0, at).strip()).isPresent()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * The byline {@code line} is, if it is one.
     *
     * @param line the line
     * @param article the whole clipping's text, where a dateline's place may be named again
     */
    static Optional<Byline> read(String line, String article) {
        Matcher by = BY.matcher(line.length() > MAX_HEAD ? line.substring(0, MAX_HEAD) : line);
        if (!by.matches()) {
            Matcher desk = DESK_ONLY.matcher(line);
            return desk.matches() ? Optional.of(new Byline(Optional.empty(), outletName(desk.group(1)), Optional.empty()))
                    : Optional.empty();
        }
        // "By Jane Doe (now) and Tom Roe (earlier)": a live page's note on who writes when.
        int namesStart = by.start(1) >= 0 ? by.start(1) : by.start(2);
        String rest = LIVE_SHIFT.matcher(line.substring(namesStart)).replaceAll("");
        rest = BRACKETED_PLACE.matcher(rest).replaceAll("");
        Matcher note = BRACKETED_NOTE.matcher(rest);
        if (note.find() && (ROLE.matcher(note.group(1)).matches() || EMAIL.matcher(note.group(1)).matches())) {
            // "By Bruno Meyerfeld (Rio de Janeiro, correspondent)", "By Ji Da-gyum (dagyumji@heraldcorp.com)":
            // where and as what the writer works, or how to write to them.
            rest = rest.substring(0, note.start());
        }
        rest = WITH_AGENCY.matcher(rest).replaceFirst("");
        int stamp = stampStart(rest);
        if (stamp > 0) {
            rest = rest.substring(0, stamp).strip();
        }
        Matcher service = SERVICE.matcher(rest);
        if (service.matches()) {
            return Optional.of(new Byline(Optional.empty(), Optional.of(service.group(1)), Optional.empty()));
        }
        Matcher separator = SEPARATOR.matcher(rest);
        int namesEnd = rest.length();
        int afterNames = rest.length();
        if (separator.find()) {
            namesEnd = separator.start();
            afterNames = separator.end();
        }
        // Several authors, "By Jane Doe, Tom Roe and Ann Poe, CNN": the names run up to the last
        // separator that leaves only names before it.
        while (separator.find()) {
            if (PersonName.read(rest.substring(0, separator.start())).isPresent()) {
                namesEnd = separator.start();
                afterNames = separator.end();
            }
        }
        String names = rest.substring(0, namesEnd);
        Matcher staff = STAFF.matcher(names);
        if (staff.matches() && names.length() == rest.length()) {
            return Optional.of(staffByline(staff.group(1)));
        }
        Optional<String> author = PersonName.read(names).map(BylineReader::capitalised);
        if (author.isEmpty() && names.length() == rest.length()) {
            Optional<Byline> runTogether = nameThenOutlet(names);
            if (runTogether.isPresent()) {
                return runTogether;
            }
        }
        if (author.isEmpty()) {
            return names.length() == rest.length() && OUTLET_ONLY.matcher(names).matches()
                    ? Optional.of(new Byline(Optional.empty(), Optional.of(capitalised(names)), Optional.empty()))
                    : Optional.empty();
        }
        if (names.length() == rest.length()) {
            return Optional.of(new Byline(author, Optional.empty(), Optional.empty()));
        }
        return Optional.of(outlet(author, rest.substring(afterNames), article));
    }

    /**
     * A name run into the outlet with no mark between them, as a page's byline and outlet elements
     * paste: {@code Greg Norman Fox News}, {@code LOLITA C. BALDOR Associated Press}, and after other
     * writers, {@code Jane Doe and TARA COPP Associated Press}. The last name ends where capitals
     * give way to lower case, else it is taken as two words, else three; the outlet must end with a
     * word outlets are named by ({@code News}, {@code Times}, {@code Post}, {@code Press}).
     */
    private static Optional<Byline> nameThenOutlet(String text) {
        int and = text.lastIndexOf(" and ");
        String earlier = and > 0 ? text.substring(0, and + " and ".length()) : "";
        String[] words = text.substring(earlier.length()).split(" ");
        int caseChange = endOfCapitals(words);
        int[] cuts = caseChange > 0 ? new int[] {caseChange} : new int[] {2, 3};
        for (int cut : cuts) {
            if (cut >= words.length) {
                continue;
            }
            String name = String.join(" ", Arrays.copyOfRange(words, 0, cut));
            String outlet = String.join(" ", Arrays.copyOfRange(words, cut, words.length));
            if (PersonName.readWhole(name).isPresent() && OUTLET_NAMED.matcher(outlet).matches()
                    && (earlier.isEmpty() || PersonName.read(earlier + name).isPresent())) {
                return Optional.of(new Byline(Optional.of(capitalised(earlier + name)), Optional.of(outlet), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * The number of words in capitals that open {@code words} when a word in lower case follows
     * them ({@code TARA COPP Associated Press} gives 2), between 2 and 4; else 0.
     */
    private static int endOfCapitals(String[] words) {
        int capitals = 0;
        while (capitals < words.length && !words[capitals].equals(words[capitals].toLowerCase(Locale.ROOT))
                && words[capitals].equals(words[capitals].toUpperCase(Locale.ROOT))) {
            capitals++;
        }
        boolean lowerCaseFollows = capitals < words.length && !words[capitals].equals(words[capitals].toUpperCase(Locale.ROOT));
        return capitals >= 2 && capitals <= 4 && lowerCaseFollows ? capitals : 0;
    }

    /**
     * An outlet's desk signing, alone ({@code By Al Jazeera Staff}) or with a writer
     * ({@code by Jane Doe and The Kyiv Independent news desk}).
     */
    private static Byline staffByline(String signed) {
        int and = signed.lastIndexOf(" and ");
        if (and > 0) {
            Optional<String> writer = PersonName.readWhole(signed.substring(0, and));
            if (writer.isPresent()) {
                return new Byline(writer.map(BylineReader::capitalised), outletName(signed.substring(and + 5)), Optional.empty());
            }
        }
        return new Byline(Optional.empty(), outletName(signed), Optional.empty());
    }

    private static Byline outlet(Optional<String> author, String text, String article) {
        Matcher dash = DATELINE_DASH.matcher(text.length() > MAX_HEAD ? text.substring(0, MAX_HEAD) : text);
        if (!dash.find()) {
            return new Byline(author, outletName(text), Optional.empty());
        }
        String head = text.substring(0, dash.start());
        String body = text.substring(dash.end());
        String mark = dash.group().strip();
        int glue = datelineStart(head, article);
        if (glue < 0) {
            return new Byline(author, outletName(head), Optional.of(body));
        }
        String dateline = head.substring(glue).strip().toUpperCase(Locale.ROOT);
        String lead = dateline + " " + mark + " " + body;
        return new Byline(author, outletName(head.substring(0, glue)), Optional.of(lead));
    }

    /** Where a dateline glued to the outlet name starts in {@code head}, or -1. */
    private static int datelineStart(String head, String article) {
        int lastSpace = head.lastIndexOf(' ');
        String word = head.substring(lastSpace + 1);
        int offset = lastSpace + 1;
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i))
                    && word.substring(i).chars().noneMatch(Character::isLowerCase)) {
                return offset + i;
            }
        }
        if (word.length() < 7 || !Character.isUpperCase(word.charAt(0))
                || word.substring(1).chars().anyMatch(c -> !Character.isLowerCase(c))) {
            return -1;
        }
        for (int i = 3; i <= word.length() - 4; i++) {
            String place = Character.toUpperCase(word.charAt(i)) + word.substring(i + 1);
            if (namedElsewhere(place, article)) {
                return offset + i;
            }
        }
        return -1;
    }

    private static boolean namedElsewhere(String word, String article) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(article);
        return matcher.find();
    }

    private static Optional<String> outletName(String text) {
        String name = text.strip();
        if (name.isEmpty() || name.split(" ").length > MAX_OUTLET_WORDS || !Character.isUpperCase(name.charAt(0))
                || ROLE.matcher(name).matches() || POST_NOMINAL.matcher(name).matches() || Dates.find(name).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** Whether {@code text} names a writer's role: {@code Staff Writer}, {@code Political correspondent}. */
    static boolean isRole(String text) {
        return ROLE.matcher(text).matches();
    }

    /**
     * {@code JANE DOE} as {@code Jane Doe}, {@code JUSTIN McCURRY} as {@code Justin McCurry}; names
     * in mixed case stay as written.
     */
    static String capitalised(String name) {
        // "SAMYA KULLAB and ILLIA NOVIKOV": the names are in capitals, only the word joining them is not.
        if (MC_PREFIX.matcher(name.replace(" and ", " ")).replaceAll("").chars().anyMatch(Character::isLowerCase)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            boolean afterMc = c == 'c' && out.length() >= 2 && out.charAt(out.length() - 2) == 'M'
                    && startsWord(out, out.length() - 2);
            wordStart = !Character.isLetter(c) || c == '\'' || afterMc;
        }
        return koreanGivenNames(out.toString().replace(" And ", " and "));
    }

    /**
     * {@code Lee Sung-Eun} as {@code Lee Sung-eun}: a romanised Korean given name keeps its second
     * syllable in lower case. Only a name of two words, each part a Korean syllable, is changed, so
     * {@code Jane Smith-Jones} stays as it is.
     */
    private static String koreanGivenNames(String names) {
        return KOREAN_NAME.matcher(names).replaceAll(
                name -> Matcher.quoteReplacement(name.group(1) + "-" + name.group(2).toLowerCase(Locale.ROOT)));
    }

    /** Whether the character at {@code at} of {@code text} starts a word. */
    private static boolean startsWord(CharSequence text, int at) {
        return at == 0 || !Character.isLetter(text.charAt(at - 1));
    }
}
