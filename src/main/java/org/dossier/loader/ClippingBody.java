package org.dossier.loader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the body lines of a clipping into blocks: paragraphs, subheadings between paragraphs, and
 * image captions with their credits (a caption kept once even when the page pasted it twice). Date
 * stamps found among the lines and the wire sign-off at the end are taken out of the text and
 * recorded; the wire dateline opening the first paragraph is recorded and left in.
 */
final class ClippingBody {

    /** A caption is a short text; a long paragraph before a credit line keeps being a paragraph. */
    private static final int MAX_CAPTION = 300;
    private static final int MAX_DATELINE_LINE = 60;

    private ClippingBody() {}

    /**
     * The blocks of {@code lines}.
     *
     * @param lines the body's lines
     * @param fragmentTexts the {@link TextKey}s of texts pasted as HTML: a short line repeating one is a caption
     * @param fields what is known so far; dates, sources found in the body are offered to it
     */
    static List<BodyBlock> read(List<ClippingLine> lines, Set<String> fragmentTexts, InferredFields fields) {
        Set<String> seen = new HashSet<>();
        fields.get("standfirst").ifPresent(standfirst -> seen.add(TextKey.of(standfirst)));
        List<BodyBlock> blocks = new ArrayList<>();
        Optional<String> pendingCredit = Optional.empty();
        String datelineAbove = "";
        for (int i = 0; i < lines.size(); i++) {
            ClippingLine line = lines.get(i).withText(datelineAbove + lines.get(i).text());
            String text = line.text();
            datelineAbove = "";
            if (isDatelineOnly(text) && i + 1 < lines.size()) {
                datelineAbove = text + " "; // a dateline set on a line of its own opens the next paragraph
                continue;
            }
            Optional<DateStamp> stamp = DateStamp.read(text);
            if (stamp.isPresent()) {
                fields.offerDate(stamp.get().date(), ClippingHeader.quoted(line));
                continue;
            }
            Optional<String> credit = Credits.credit(text);
            if (credit.isPresent()) {
                // Some pages put the credit above the caption: keep it for a caption on the next line.
                pendingCredit = attachCredit(blocks, credit.get()) ? Optional.empty() : credit;
                continue;
            }
            Optional<Credits.Caption> caption = Credits.caption(text);
            Optional<String> creditAbove = pendingCredit;
            pendingCredit = Optional.empty();
            if (caption.isPresent()) {
                String captionText = caption.get().caption();
                if (seen.add(TextKey.of(captionText))) {
                    Optional<String> captionCredit = caption.get().credit().or(() -> creditAbove);
                    blocks.add(new BodyBlock.Caption(captionText, captionCredit, line.number()));
                }
                continue;
            }
            String key = TextKey.of(text);
            if (!seen.add(key)) {
                continue;
            }
            blocks.add(block(line, key, fragmentTexts, !blocks.isEmpty(), i + 1 < lines.size() ? lines.get(i + 1) : null));
        }
        readDateline(blocks, fields);
        readSourceLine(blocks, fields);
        readSignOff(blocks, fields);
        return List.copyOf(blocks);
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

    private static BodyBlock block(ClippingLine line, String key, Set<String> fragmentTexts, boolean afterBody,
            ClippingLine next) {
        String text = line.text();
        if (text.length() <= MAX_CAPTION && fragmentTexts.contains(key)) {
            return new BodyBlock.Caption(text, Optional.empty(), line.number());
        }
        if (afterBody && next != null && Subheadings.isHeadingShaped(text) && Prose.isProse(next.text())) {
            return new BodyBlock.Heading(text, line.number());
        }
        return new BodyBlock.Paragraph(text, line.number());
    }

    /** Attaches {@code credit} to the caption or short paragraph just before it; false if there is none. */
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
