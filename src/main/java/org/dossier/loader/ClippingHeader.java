package org.dossier.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the head of a clipping: the title (split from a standfirst glued to it, and after any
 * section names printed above it, such as {@code World}), then, in the few
 * lines before the body, a standfirst directly under the title, date stamps, a byline, a bare
 * author name and the outlet line under it, or the two run together ({@code Laura GozziBBC News}).
 * An image's caption and credit lines among them, and short lines of parts set apart by bars
 * ({@code Policy Brief No. 42 | March 2025}), are passed on to the body. Stops at the first
 * line that is none of these: the body starts there.
 */
final class ClippingHeader {

    /** Titles are short; a longer first line is body text and the title is unknown. */
    static final int MAX_TITLE = 250;
    /** Where a byline's parts meet: {@code by Brad Dress - 10/30/24 2:12 PM ET}. */
    private static final Pattern BYLINE_PARTS = Pattern.compile("\\s[-–—|]\\s");
    private static final int MAX_HEADER_LINES = 10;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_ROLE_LINE = 40;
    private static final int MAX_NAME_WORDS = 4;
    /** The headings that open a text's first section, which a byline may stand above. */
    private static final Set<String> SECTION_OPENERS = Set.of("key points", "executive summary", "summary", "highlights",
            "in brief", "at a glance", "overview", "abstract", "introduction", "background", "key findings", "key takeaways");
    private static final Pattern SECOND_WRITER = Pattern.compile("(?i:with|and) (.{3," + PersonName.MAX_LENGTH + "})");
    private static final Pattern OUTLET_NAME = Pattern.compile("\\p{Lu}[\\p{L}&'-]*(?: \\p{Lu}[\\p{L}&'-]*){0,4}");
    private static final Pattern NAME_WITH_AGENCIES = Pattern.compile(
            "(.{3," + PersonName.MAX_LENGTH + "}?) with (?:\\p{Lu}[\\p{L}-]*(?:(?:, | and | & )\\p{Lu}[\\p{L}-]*){0,4})");
    /**
     * The writer, a comma, then the role, perhaps with the outlet: {@code KIM JAEWON, Nikkei staff
     * writer}; a capitalised role is no outlet ({@code Jane Doe, Senior Correspondent}).
     */
    private static final Pattern NAME_COMMA_ROLE = Pattern.compile(
            "(.{3," + PersonName.MAX_LENGTH + "}?), (?:((?:The )?\\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,3}) )??"
                    + "(?i:(?:staff|senior|chief|special|political|foreign|diplomatic|economics|defen[cs]e|security) )?"
                    + "(?i:writer|reporter|correspondent|editor)");
    private static final int MIN_STANDFIRST = 30;
    private static final int MAX_STANDFIRST = 300;
    private static final int MAX_OUTLET_LINE = 60;
    private static final Pattern BY_FIRST = Pattern.compile("(?i:by)\\s+\\p{Lu}");
    /** A writer and the outlet on one line without "By": {@code Jane Doe | Reuters}, {@code Jane Doe for The Guardian}. */
    private static final Pattern NAME_THEN_OUTLET = Pattern.compile(
            "(.{3," + PersonName.MAX_LENGTH + "}?)(?: [|·•] | for (?=The \\p{Lu}))(.+)");

    /**
     * Where the body starts.
     *
     * @param bodyStart the index of the body's first line among the clipping's lines
     * @param carried the lines of the head that belong to the body, in order, before the line at
     *     {@code bodyStart}: image captions and credits, and the body's first paragraph when it
     *     was pasted on a byline's line
     */
    record Result(int bodyStart, List<ClippingLine> carried) {

        Result {
            carried = List.copyOf(carried);
        }
    }

    private ClippingHeader() {}

    /** Reads the head of {@code lines} into {@code fields}; {@code article} is the whole clipping. */
    static Result read(List<ClippingLine> lines, String article, InferredFields fields) {
        int index = 0;
        while (index < lines.size() && DateStamp.read(lines.get(index).text()).isPresent()) {
            stamp(lines.get(index), fields);
            index++;
        }
        index = afterSectionLabels(lines, index, article);
        index = afterBylineAboveTitle(lines, index, article, fields);
        int standfirstIndex = index + 1;
        if (index < lines.size() && readTitle(lines.get(index), fields)) {
            index++;
        }
        HeaderLine previous = HeaderLine.TITLE;
        List<ClippingLine> carried = new ArrayList<>();
        for (int seen = 0; index < lines.size() && seen < MAX_HEADER_LINES; seen++, index++) {
            ClippingLine line = lines.get(index);
            if (Credits.credit(line.text()).isPresent() || Credits.caption(line.text()).isPresent()
                    || isLabelled(line.text()) && OutletStamp.read(line.text()).isEmpty()) {
                carried.add(line);
                continue;
            }
            if (index + 1 < lines.size() && isCaptionBelow(line, lines.get(index + 1))) {
                carried.add(line);
                continue;
            }
            Optional<Byline> byline = BylineReader.read(line.text(), article);
            if (byline.isPresent()) {
                Optional<String> lead = readByline(byline.get(), line, fields);
                if (lead.isPresent()) {
                    carried.add(line.withText(lead.get()));
                    return new Result(index + 1, carried);
                }
                previous = HeaderLine.NAME;
                continue;
            }
            boolean standfirstPlace = index == standfirstIndex && index + 1 < lines.size();
            Optional<ClippingLine> below = index + 1 < lines.size() ? Optional.of(lines.get(index + 1)) : Optional.empty();
            HeaderLine kind = readLine(line, below, previous, standfirstPlace, fields);
            if (kind == HeaderLine.BODY && previous == HeaderLine.STANDFIRST && isSecondDeck(lines, index, article)) {
                fields.override("standfirst", joinDecks(fields.get("standfirst").orElseThrow(), line.text()),
                        "standfirst and line " + line.number() + " under it");
                continue;
            }
            if (kind == HeaderLine.BODY) {
                break;
            }
            previous = kind;
        }
        return new Result(index, carried);
    }

    /**
     * The index after a byline that stands above the headline, as pages pasted as markup often
     * put it ({@code By Lee Hyo-jin}, then the headline), with the byline read into {@code
     * fields}; else {@code index}. Only a line that opens with "By" counts, so a headline that
     * reads like a name is not taken for one.
     */
    private static int afterBylineAboveTitle(List<ClippingLine> lines, int index, String article, InferredFields fields) {
        if (index + 1 >= lines.size() || !BY_FIRST.matcher(lines.get(index).text()).lookingAt()
                || !isHeadline(lines.get(index + 1).text(), article)) {
            return index;
        }
        ClippingLine line = lines.get(index);
        Optional<Byline> byline = BylineReader.read(line.text(), article);
        if (byline.isEmpty() || byline.get().author().isEmpty() || byline.get().lead().isPresent()) {
            return index;
        }
        readByline(byline.get(), line, fields);
        return index + 1;
    }

    /**
     * The index of the first line from {@code index} that is not a section name, when what follows
     * the names is a headline, and either the names are ones news sites use ({@code LIVE}) or a
     * byline or date stamp comes soon after the headline; else {@code index}: a short title is not
     * taken for a section name when nothing marks a head below it.
     */
    private static int afterSectionLabels(List<ClippingLine> lines, int index, String article) {
        int at = index;
        while (at < lines.size() && SectionLabel.is(lines.get(at).text())) {
            at++;
        }
        if (at == index || at >= lines.size() || !isHeadline(lines.get(at).text(), article)) {
            return index;
        }
        if (lines.subList(index, at).stream().allMatch(line -> SectionLabel.isKnown(line.text()))) {
            return at;
        }
        for (int next = at + 1; next < lines.size() && next <= at + MAX_HEADER_LINES; next++) {
            String text = lines.get(next).text();
            if (DateStamp.read(text).isPresent() || BylineReader.read(text, article).isPresent()) {
                return at;
            }
        }
        return index;
    }

    private static boolean isHeadline(String text, String article) {
        return text.length() <= MAX_TITLE && text.split("\\s+").length >= MIN_HEADLINE_WORDS
                && DateStamp.read(text).isEmpty() && BylineReader.read(text, article).isEmpty();
    }

    /** What a line of the head was. */
    private enum HeaderLine { TITLE, DATE, SOURCE, NAME, OUTLET, STANDFIRST, BODY }

    /** Reads the title from {@code line}; false if the line is too long to be one. */
    private static boolean readTitle(ClippingLine line, InferredFields fields) {
        if (line.text().length() > MAX_TITLE || Dateline.read(line.text()).isPresent()) {
            // A line opening with a wire dateline is the body's first paragraph: the headline was not pasted.
            return false;
        }
        TitleSplitter.Split split = TitleSplitter.split(line.text());
        String title = EditionTag.strip(split.title());
        int bar = title.lastIndexOf(" | ");
        if (bar > 0 && isOutletLine(title.substring(bar + 3))) {
            // A title copied from the browser's tab carries the site's name after a bar.
            fields.offer("source", title.substring(bar + 3), "title, line " + line.number());
            title = title.substring(0, bar);
        }
        fields.offer("title", title, "line " + line.number());
        split.rest().ifPresent(rest -> fields.offer("standfirst", rest, "line " + line.number() + ", after the title"));
        return true;
    }

    /** Records what {@code byline} says; gives the body's start when it was pasted on the same line. */
    private static Optional<String> readByline(Byline byline, ClippingLine line, InferredFields fields) {
        String where = "byline, line " + line.number();
        byline.author().ifPresent(author -> fields.offer("author", author, where));
        byline.source().ifPresent(source -> fields.offer("source", source, where));
        if (byline.lead().isEmpty()) {
            // "by Brad Dress - 10/30/24 2:12 PM ET": the stamp after the name.
            for (String part : BYLINE_PARTS.split(line.text())) {
                DateStamp.read(part.strip()).ifPresent(stamp -> fields.offerStamp(stamp, where));
            }
            // "by Kateryna Denisova January 11, 2025 4:12 PM": the stamp run on after the name.
            BylineReader.stampAfterName(line.text()).flatMap(DateStamp::read)
                    .ifPresent(stamp -> fields.offerStamp(stamp, where));
        }
        return byline.lead();
    }

    private static HeaderLine readLine(ClippingLine line, Optional<ClippingLine> below, HeaderLine previous,
            boolean standfirstPlace, InferredFields fields) {
        String text = line.text();
        if (DateStamp.read(text).isPresent()) {
            stamp(line, fields);
            return HeaderLine.DATE;
        }
        Optional<OutletStamp> outletStamp = OutletStamp.read(text);
        if (outletStamp.isPresent()) {
            fields.offer("source", outletStamp.get().outlet(), "source and date line, line " + line.number());
            fields.offerStamp(outletStamp.get().stamp(), quoted(line));
            return HeaderLine.DATE;
        }
        Optional<String> named = SourceLine.read(text);
        if (named.isPresent()) {
            fields.offer("source", named.get(), "source line, line " + line.number());
            return HeaderLine.SOURCE;
        }
        if (!fields.has("author") && readNameAndOutlet(line, fields)) {
            return HeaderLine.OUTLET;
        }
        if (!fields.has("author") && readNameCommaRole(line, fields)) {
            return HeaderLine.NAME;
        }
        Optional<String> name = fields.has("author") ? Optional.empty()
                : PersonName.read(text).or(() -> nameWithAgencies(text)).or(() -> nameBeforeRole(text));
        if (name.isPresent()) {
            fields.offer("author", BylineReader.capitalised(name.get()), "name line, line " + line.number());
            return HeaderLine.NAME;
        }
        if (previous == HeaderLine.NAME && readUnderName(line, fields)) {
            return HeaderLine.NAME;
        }
        if (previous == HeaderLine.NAME && isOutletLine(text)) {
            fields.offer("source", outlet(text), "line " + line.number() + ", under the author");
            return HeaderLine.OUTLET;
        }
        if (previous == HeaderLine.DATE && isOutletName(text)) {
            fields.offer("source", text, "line " + line.number() + ", under the date");
            return HeaderLine.OUTLET;
        }
        if (isOutletName(text) && below.filter(next -> DateStamp.read(next.text()).isPresent()).isPresent()) {
            fields.offer("source", text, "line " + line.number() + ", above the date");
            return HeaderLine.OUTLET;
        }
        if (standfirstPlace && !fields.has("standfirst") && isStandfirst(text)) {
            fields.offer("standfirst", text, "line " + line.number());
            return HeaderLine.STANDFIRST;
        }
        return HeaderLine.BODY;
    }

    /**
     * Reads a name run into an outlet whose name opens with capitals, as a page's byline and
     * outlet elements paste: {@code Laura GozziBBC News}, {@code Jane McDonaldCNN}. The last such
     * join that leaves a whole name before it is taken; false if there is none.
     */
    private static boolean readNameAndOutlet(ClippingLine line, InferredFields fields) {
        String text = line.text();
        if (text.length() > MAX_OUTLET_LINE + PersonName.MAX_LENGTH) {
            return false;
        }
        Matcher separated = NAME_THEN_OUTLET.matcher(text);
        if (isNameAndOutlet(separated)) {
            String where = "line " + line.number() + ", name and outlet";
            fields.offer("author", BylineReader.capitalised(separated.group(1)), where);
            fields.offer("source", outlet(separated.group(2)), where);
            return true;
        }
        for (int i = text.length() - 2; i > 0; i--) {
            boolean join = Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                    && Character.isUpperCase(text.charAt(i + 1));
            if (!join) {
                continue;
            }
            String name = text.substring(0, i);
            String outlet = text.substring(i);
            if (isOutletLine(outlet) && PersonName.readWhole(name).isPresent()) {
                String where = "line " + line.number() + ", name and outlet run together";
                fields.offer("author", name, where);
                fields.offer("source", outlet(outlet), where);
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a line that goes on with the author above it: the writer's role ({@code STAFF WRITER})
     * or a second writer ({@code with ZOYA SHEFTALOVICH}); false for any other line.
     */
    private static boolean readUnderName(ClippingLine line, InferredFields fields) {
        String text = line.text();
        if (text.length() <= MAX_ROLE_LINE && BylineReader.isRole(text) && text.chars().noneMatch(c -> c == '.' || c == ',')) {
            return true;
        }
        Matcher with = SECOND_WRITER.matcher(text);
        Optional<String> author = fields.get("author");
        if (author.isPresent() && with.matches() && PersonName.readWhole(with.group(1)).isPresent()) {
            fields.override("author", author.get() + " and " + BylineReader.capitalised(with.group(1)),
                    fields.provenance().get("author") + " and line " + line.number());
            return true;
        }
        return false;
    }

    /**
     * Reads {@code KIM JAEWON, Nikkei staff writer}: the writer, and the outlet before the role;
     * false if the line is not such.
     */
    private static boolean readNameCommaRole(ClippingLine line, InferredFields fields) {
        Matcher matcher = NAME_COMMA_ROLE.matcher(line.text());
        if (!matcher.matches() || PersonName.readWhole(matcher.group(1)).isEmpty()) {
            return false;
        }
        String where = "name and role line, line " + line.number();
        fields.offer("author", BylineReader.capitalised(matcher.group(1)), where);
        if (matcher.group(2) != null) {
            fields.offer("source", matcher.group(2), where);
        }
        return true;
    }

    /** The writer of a line that credits the agencies drawn on after the name: {@code Rob Mudge with AFP, Reuters}. */
    private static Optional<String> nameWithAgencies(String text) {
        Matcher matcher = NAME_WITH_AGENCIES.matcher(text);
        return matcher.matches() ? PersonName.readWhole(matcher.group(1)) : Optional.empty();
    }

    private static void stamp(ClippingLine line, InferredFields fields) {
        DateStamp.read(line.text()).ifPresent(stamp -> fields.offerStamp(stamp, quoted(line)));
    }

    /** How provenance names a line whose whole text is the evidence. */
    static String quoted(ClippingLine line) {
        return "'" + line.text() + "', line " + line.number();
    }

    /** A short line of parts set apart by bars, as a document's head gives them: {@code Policy Brief No. 42 | March 2025}. */
    private static boolean isLabelled(String text) {
        return text.length() <= MAX_OUTLET_LINE && text.contains(" | ") && !Prose.isProse(text)
                && !isNameAndOutlet(NAME_THEN_OUTLET.matcher(text));
    }

    /** Whether {@code separated}, a matcher of {@link #NAME_THEN_OUTLET}, reads a writer's whole name and an outlet. */
    private static boolean isNameAndOutlet(Matcher separated) {
        return separated.matches() && PersonName.readWhole(separated.group(1)).isPresent()
                && isOutletLine(separated.group(2));
    }

    /** Whether {@code below} is {@code line} again as a caption with its credit, as pages paste an image's caption twice. */
    private static boolean isCaptionBelow(ClippingLine line, ClippingLine below) {
        return below.text().startsWith(line.text()) && Credits.caption(below.text())
                .filter(caption -> TextKey.of(caption.caption()).equals(TextKey.of(line.text())))
                .flatMap(Credits.Caption::credit).isPresent();
    }

    /** The name of a writer followed by the role on one line: {@code Peter Walker Senior political correspondent}. */
    private static Optional<String> nameBeforeRole(String text) {
        if (text.length() > MAX_ROLE_LINE + PersonName.MAX_LENGTH || !BylineReader.isRole(text)) {
            return Optional.empty();
        }
        int space = text.indexOf(' ');
        for (int words = 1; space > 0 && words < MAX_NAME_WORDS; words++) {
            space = text.indexOf(' ', space + 1);
            if (space > 0 && BylineReader.isRole(text.substring(space + 1))
                    && Character.isUpperCase(text.charAt(space + 1))) {
                Optional<String> name = PersonName.readWhole(text.substring(0, space));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the line at {@code index}, under the standfirst, is a second line of it: a line of
     * its length with a byline or a date stamp right under it, as in {@code Russia's first such
     * accord since Soviet era is seen as warning} above {@code By Sangmi Cha and Jon Herskovitz}.
     */
    /**
     * Two decks as one standfirst. A deck set as a line of its own often has no full stop, and
     * the line break was all that ended it: "if attacked" and "Putin makes first visit" are two
     * sentences, so a full stop stands where the break was.
     */
    private static String joinDecks(String first, String second) {
        int last = first.codePointBefore(first.length());
        return Character.isLetterOrDigit(last) ? first + ". " + second : first + " " + second;
    }

    private static boolean isSecondDeck(List<ClippingLine> lines, int index, String article) {
        String text = lines.get(index).text();
        if (index + 1 >= lines.size() || !isStandfirst(text) || BylineReader.isRole(text)) {
            return false;
        }
        String next = lines.get(index + 1).text();
        return DateStamp.read(next).isPresent() || BylineReader.read(next, article).filter(b -> b.lead().isEmpty()).isPresent();
    }

    private static boolean isStandfirst(String text) {
        return text.length() >= MIN_STANDFIRST && text.length() <= MAX_STANDFIRST
                && Dateline.read(text).isEmpty() && !text.contains(" | ")
                && "\"“‘'".indexOf(text.charAt(0)) < 0;
    }

    /** An outlet's name on a line of its own: a few capitalised words, {@code The Moscow Times}. */
    private static boolean isOutletName(String text) {
        return text.length() <= MAX_OUTLET_LINE && OUTLET_NAME.matcher(text).matches() && PersonName.read(text).isEmpty();
    }

    private static boolean isOutletLine(String text) {
        return text.length() <= MAX_OUTLET_LINE && Character.isUpperCase(text.charAt(0))
                && !SECTION_OPENERS.contains(text.toLowerCase(Locale.ROOT))
                && !Prose.isProse(text) && text.chars().noneMatch(c -> c == '.' || c == '?' || c == '!' || c == ':');
    }

    /** {@code BBC News, Seoul}: the outlet is what comes before the place. */
    private static String outlet(String text) {
        int comma = text.indexOf(',');
        return comma > 0 ? text.substring(0, comma) : text;
    }
}
