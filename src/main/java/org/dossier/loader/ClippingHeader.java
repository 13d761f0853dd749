package org.dossier.loader;

import java.util.List;
import java.util.Optional;

/**
 * Reads the head of a clipping: the title (split from a standfirst glued to it), then, in the few
 * lines before the body, a standfirst directly under the title, date stamps, a byline, a bare
 * author name and the outlet line under it. Stops at the first line that is none of these: the
 * body starts there.
 */
final class ClippingHeader {

    /** Titles are short; a longer first line is body text and the title is unknown. */
    static final int MAX_TITLE = 250;
    private static final int MAX_HEADER_LINES = 10;
    private static final int MIN_STANDFIRST = 30;
    private static final int MAX_STANDFIRST = 300;
    private static final int MAX_OUTLET_LINE = 60;

    /**
     * Where the body starts.
     *
     * @param bodyStart the index of the body's first line among the clipping's lines
     * @param lead the body's first paragraph when it was pasted on a byline's line
     */
    record Result(int bodyStart, Optional<ClippingLine> lead) {}

    private ClippingHeader() {}

    /** Reads the head of {@code lines} into {@code fields}; {@code article} is the whole clipping. */
    static Result read(List<ClippingLine> lines, String article, InferredFields fields) {
        int index = 0;
        while (index < lines.size() && DateStamp.read(lines.get(index).text()).isPresent()) {
            stamp(lines.get(index), fields);
            index++;
        }
        int titleIndex = index;
        if (index < lines.size() && lines.get(index).text().length() <= MAX_TITLE) {
            ClippingLine first = lines.get(index);
            TitleSplitter.Split split = TitleSplitter.split(first.text());
            String title = split.title();
            int bar = title.lastIndexOf(" | ");
            if (bar > 0 && isOutletLine(title.substring(bar + 3))) {
                // A title copied from the browser's tab carries the site's name after a bar.
                fields.offer("source", title.substring(bar + 3), "title, line " + first.number());
                title = title.substring(0, bar);
            }
            fields.offer("title", title, "line " + first.number());
            split.rest().ifPresent(rest -> fields.offer("standfirst", rest, "line " + first.number() + ", after the title"));
            index++;
        }
        boolean nameLineBefore = false;
        for (int seen = 0; index < lines.size() && seen < MAX_HEADER_LINES; seen++, index++) {
            ClippingLine line = lines.get(index);
            String text = line.text();
            if (DateStamp.read(text).isPresent()) {
                stamp(line, fields);
                continue;
            }
            Optional<Byline> byline = BylineReader.read(text, article);
            if (byline.isPresent()) {
                String where = "byline, line " + line.number();
                byline.get().author().ifPresent(a -> fields.offer("author", a, where));
                byline.get().source().ifPresent(s -> fields.offer("source", s, where));
                if (byline.get().lead().isPresent()) {
                    return new Result(index + 1, Optional.of(line.withText(byline.get().lead().get())));
                }
                continue;
            }
            Optional<String> named = SourceLine.read(text);
            if (named.isPresent()) {
                fields.offer("source", named.get(), "source line, line " + line.number());
                continue;
            }
            Optional<String> name = fields.has("author") ? Optional.empty() : PersonName.read(text);
            if (name.isPresent()) {
                fields.offer("author", BylineReader.capitalised(name.get()), "name line, line " + line.number());
                nameLineBefore = true;
                continue;
            }
            if (nameLineBefore && isOutletLine(text)) {
                fields.offer("source", outlet(text), "line " + line.number() + ", under the author");
                nameLineBefore = false;
                continue;
            }
            if (index == titleIndex + 1 && !fields.has("standfirst") && isStandfirst(text, index, lines)) {
                fields.offer("standfirst", text, "line " + line.number());
                continue;
            }
            break;
        }
        return new Result(index, Optional.empty());
    }

    private static void stamp(ClippingLine line, InferredFields fields) {
        DateStamp.read(line.text()).ifPresent(stamp -> fields.offerDate(stamp.date(), quoted(line)));
    }

    /** How provenance names a line whose whole text is the evidence. */
    static String quoted(ClippingLine line) {
        return "'" + line.text() + "', line " + line.number();
    }

    private static boolean isStandfirst(String text, int index, List<ClippingLine> lines) {
        return text.length() >= MIN_STANDFIRST && text.length() <= MAX_STANDFIRST
                && index + 1 < lines.size()
                && Dateline.read(text).isEmpty()
                && "\"“‘'".indexOf(text.charAt(0)) < 0;
    }

    private static boolean isOutletLine(String text) {
        return text.length() <= MAX_OUTLET_LINE && Character.isUpperCase(text.charAt(0))
                && !Prose.isProse(text) && text.chars().noneMatch(c -> c == '.' || c == '?' || c == '!' || c == ':');
    }

    /** {@code BBC News, Seoul}: the outlet is what comes before the place. */
    private static String outlet(String text) {
        int comma = text.indexOf(',');
        return comma > 0 ? text.substring(0, comma) : text;
    }
}
