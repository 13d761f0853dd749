package org.dossier.loader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the body lines of a clipping into blocks: paragraphs, subheadings between paragraphs, and
 * image captions with their credits (a caption kept once even when the page pasted it twice). Date
 * stamps found among the lines, the notes on the writers and the wire sign-off at the end are
 * taken out of the text and recorded; the wire dateline opening the first paragraph is recorded and left in.
 */
final class ClippingBody {

    /** A caption is a short text; a long paragraph before a credit line keeps being a paragraph. */
    private static final int MAX_CAPTION = 300;
    /** How many paragraphs from the top a byline on a line of its own is looked for. */
    private static final int OPENING_BYLINE_WITHIN = 3;
    private static final Pattern OPENING_BY = Pattern.compile("(?i:by)[: ]\\s*\\p{Lu}");
    private static final int MAX_DATELINE_LINE = 60;
    private static final int MAX_CAPTION_UNDER_CREDIT = 200;

    private ClippingBody() {}

    /**
     * The blocks of {@code lines}.
     *
     * @param lines the body's lines
     * @param fragmentTexts the {@link TextKey}s of texts pasted as HTML: a short line repeating one is a caption
     * @param fields what is known so far; dates, sources found in the body are offered to it
     */
    static List<BodyBlock> read(List<ClippingLine> lines, Set<String> fragmentTexts, InferredFields fields) {
        List<ClippingLine> paragraphs = joinDatelines(lines);
        Builder builder = new Builder(fragmentTexts, fields);
        for (int i = 0; i < paragraphs.size(); i++) {
            builder.add(paragraphs.get(i), i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null);
        }
        List<BodyBlock> blocks = builder.blocks;
        readDateline(blocks, fields);
        readSourceLine(blocks, fields);
        readOpeningByline(blocks, fields);
        readClosingByline(blocks, fields);
        readWriterNotes(blocks, fields);
        readSignOff(blocks, fields);
        return List.copyOf(blocks);
    }

    /** The body's blocks as they are built, line by line. A working object of one reading. */
    private static final class Builder {
        private final Set<String> fragmentTexts;
        private final InferredFields fields;
        private final Set<String> seen = new HashSet<>();
        private final List<BodyBlock> blocks = new ArrayList<>();
        private Optional<String> creditAbove = Optional.empty();
        /** Whether the last block opened a list with a colon, or was a short line of one. */
        private boolean listing;

        Builder(Set<String> fragmentTexts, InferredFields fields) {
            this.fragmentTexts = fragmentTexts;
            this.fields = fields;
            // The headline and standfirst pasted again (a share box repeats the headline) are not body text.
            fields.get("title").ifPresent(title -> seen.add(TextKey.of(title)));
            fields.get("standfirst").ifPresent(standfirst -> seen.add(TextKey.of(standfirst)));
        }

        void add(ClippingLine line, ClippingLine next) {
            String text = line.text();
            Optional<DateStamp> stamp = DateStamp.read(text);
            if (stamp.isPresent()) {
                fields.offerStamp(stamp.get(), ClippingHeader.quoted(line));
                return;
            }
            Optional<String> credit = Credits.credit(text);
            if (credit.isPresent()) {
                // Some pages put the credit above the caption: keep it for a caption on the next line.
                creditAbove = attachCredit(blocks, credit.get()) ? Optional.empty() : credit;
                return;
            }
            Optional<String> credited = creditAbove;
            creditAbove = Optional.empty();
            Optional<Credits.Caption> caption = Credits.caption(text);
            if (caption.isEmpty() && credited.isPresent() && isCaptionUnderCredit(text)) {
                // A short line under a credit is the caption it credits.
                caption = Optional.of(new Credits.Caption(text, Optional.empty()));
            }
            if (caption.isPresent()) {
                String key = TextKey.of(caption.get().caption());
                if (seen.add(key)) {
                    blocks.add(new BodyBlock.Caption(caption.get().caption(), caption.get().credit().or(() -> credited),
                            line.number()));
                } else if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof BodyBlock.Paragraph above
                        && TextKey.of(above.text()).equals(key)) {
                    // The page pasted the caption alone, then again with its credit.
                    blocks.set(blocks.size() - 1, new BodyBlock.Caption(above.text(), caption.get().credit(), above.line()));
                }
                return;
            }
            String key = TextKey.of(text);
            if (seen.add(key)) {
                BodyBlock block = block(line, key, fragmentTexts, !blocks.isEmpty() && !listing, next);
                blocks.add(block);
                // "Key developments on Feb. 7:" opens a list of short lines, none of them a subheading.
                listing = block instanceof BodyBlock.Paragraph
                        && (text.endsWith(":") || listing && Subheadings.isHeadingShaped(text));
            }
        }
    }

    /** A dateline set on a line of its own ({@code Seoul, South Korea CNN —}) opens the next paragraph. */
    private static List<ClippingLine> joinDatelines(List<ClippingLine> lines) {
        List<ClippingLine> joined = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ClippingLine line = lines.get(i);
            if (isDatelineOnly(line.text()) && i + 1 < lines.size()) {
                joined.add(line.withText(line.text() + " " + lines.get(i + 1).text()));
                i++;
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    private static boolean isDatelineOnly(String text) {
        return text.length() <= MAX_DATELINE_LINE
                && (text.endsWith(" —") || text.endsWith(" –") || text.endsWith(" --") || text.endsWith(" -"));
    }

    private static void readSourceLine(List<BodyBlock> blocks, InferredFields fields) {
        int last = blocks.size() - 1;
        if (last >= 0 && blocks.get(last) instanceof BodyBlock.Paragraph paragraph) {
            SourceLine.read(paragraph.text()).ifPresent(source -> {
                fields.offer("source", source, "source line, line " + paragraph.line());
                blocks.remove(last);
            });
        }
    }

    /** The block of {@code line}: a caption, a subheading (if {@code mayBeHeading}: after some body, outside a list) or a paragraph. */
    private static BodyBlock block(ClippingLine line, String key, Set<String> fragmentTexts, boolean mayBeHeading,
            ClippingLine next) {
        String text = line.text();
        if (text.length() <= MAX_CAPTION && fragmentTexts.contains(key)) {
            return new BodyBlock.Caption(text, Optional.empty(), line.number());
        }
        if (mayBeHeading && next != null && Subheadings.isHeadingShaped(text) && Prose.isProse(next.text())) {
            return new BodyBlock.Heading(text, line.number());
        }
        return new BodyBlock.Paragraph(text, line.number());
    }

    /** Attaches {@code credit} to the caption or short paragraph just before it; false if there is none. */
    /**
     * Short, and without a sentence's end, as captions are written: a paragraph of the story ends
     * with a full stop.
     */
    private static boolean isCaptionUnderCredit(String text) {
        return !text.isEmpty() && text.length() <= MAX_CAPTION_UNDER_CREDIT && !text.contains(". ")
                && !Prose.endsLikeSentence(text);
    }

    private static boolean attachCredit(List<BodyBlock> blocks, String credit) {
        if (blocks.isEmpty()) {
            return false;
        }
        int last = blocks.size() - 1;
        BodyBlock block = blocks.get(last);
        if (block instanceof BodyBlock.Caption caption && caption.credit().isEmpty()) {
            blocks.set(last, caption.withCredit(credit));
            return true;
        }
        if (block instanceof BodyBlock.Paragraph paragraph && paragraph.text().length() <= MAX_CAPTION) {
            blocks.set(last, new BodyBlock.Caption(paragraph.text(), Optional.of(credit), paragraph.line()));
            return true;
        }
        return false;
    }

    private static void readDateline(List<BodyBlock> blocks, InferredFields fields) {
        for (BodyBlock block : blocks) {
            if (block instanceof BodyBlock.Paragraph paragraph) {
                Dateline.read(paragraph.text()).ifPresent(dateline -> {
                    String where = "dateline, line " + paragraph.line();
                    dateline.source().ifPresent(source -> fields.offer("source", source, where));
                    dateline.date().ifPresent(date -> fields.offerDate(date, where));
                });
                return;
            }
        }
    }

    /** Takes out the notes on the writers that close the body, recording the outlet they name. */
    private static void readWriterNotes(List<BodyBlock> blocks, InferredFields fields) {
        Optional<String> authors = fields.get("author");
        while (authors.isPresent() && !blocks.isEmpty()) {
            // The writer's name alone, under the story, may have been taken for a subheading.
            BodyBlock last = blocks.get(blocks.size() - 1);
            Optional<WriterNote> note = last instanceof BodyBlock.Caption ? Optional.empty()
                    : WriterNote.read(last.text(), authors.get());
            if (note.isEmpty()) {
                return;
            }
            note.get().outlet().ifPresent(outlet -> fields.offer("source", outlet, "note on the writer, line " + last.line()));
            blocks.remove(blocks.size() - 1);
        }
    }

    /**
     * A byline on a line of its own among the first paragraphs ({@code By MARI YAMAGUCHI} under
     * the lede), when none stood above them: it opens with "By" and holds nothing but the byline.
     */
    private static void readOpeningByline(List<BodyBlock> blocks, InferredFields fields) {
        if (fields.has("author")) {
            return;
        }
        for (int i = 0; i < Math.min(OPENING_BYLINE_WITHIN, blocks.size()); i++) {
            if (blocks.get(i) instanceof BodyBlock.Paragraph paragraph && OPENING_BY.matcher(paragraph.text()).lookingAt()
                    && takeByline(blocks, i, "byline among the first paragraphs, line " + paragraph.line(), fields)) {
                return;
            }
        }
    }

    /** The byline set under the story ({@code By Lee Je-hun, staff reporter}), when none stood above it. */
    private static void readClosingByline(List<BodyBlock> blocks, InferredFields fields) {
        if (fields.has("author") || blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof BodyBlock.Paragraph last)) {
            return;
        }
        takeByline(blocks, blocks.size() - 1, "byline under the story, line " + last.line(), fields);
    }

    /**
     * Takes the paragraph at {@code index} for the byline, offering its author and outlet, when it
     * holds nothing but a byline with an author; returns whether it did.
     */
    private static boolean takeByline(List<BodyBlock> blocks, int index, String where, InferredFields fields) {
        Optional<Byline> byline = BylineReader.read(blocks.get(index).text(), "");
        if (byline.isEmpty() || byline.get().author().isEmpty() || byline.get().lead().isPresent()) {
            return false;
        }
        fields.offer("author", byline.get().author().get(), where);
        byline.get().source().ifPresent(source -> fields.offer("source", source, where));
        blocks.remove(index);
        return true;
    }

    private static void readSignOff(List<BodyBlock> blocks, InferredFields fields) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof BodyBlock.Paragraph paragraph) {
                Optional<SignOff> signOff = SignOff.read(paragraph.text());
                if (signOff.isPresent()) {
                    fields.offer("source", signOff.get().outlet(), "sign-off, line " + paragraph.line());
                    if (signOff.get().text().isEmpty()) {
                        blocks.remove(i);
                    } else {
                        blocks.set(i, new BodyBlock.Paragraph(signOff.get().text(), paragraph.line()));
                    }
                }
                return;
            }
        }
    }
}
