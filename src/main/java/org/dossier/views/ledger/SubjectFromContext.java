package org.dossier.views.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.entities.Span;
import org.dossier.views.ArticleTexts;

/**
 * Completes what a figure measures from the figures and headlines around it, where the figure's
 * own words leave it open. Each rule says so in the row's note. In reading order:
 * <ol>
 *   <li>A figure given as another estimate of the quantity just before it in the same paragraph
 *       ({@code put the total at around 4,000}) takes that figure's measure.</li>
 *   <li>A figure that names what it counts but not whose ({@code 8,000 soldiers}) takes the
 *       qualifier of the nearest figure before it that counts the same thing, in the same paragraph
 *       or at most {@value #NEARBY_BLOCKS} paragraphs before ({@code more than 7,000 North Korean
 *       soldiers}); further back, the subject has often moved on.</li>
 *   <li>Failing that, it takes the qualifier with which the article's title or standfirst gives the
 *       same number of the same thing ({@code With 30,000 more North Korean troops expected}).</li>
 * </ol>
 */
final class SubjectFromContext {

    /** How many paragraphs back a figure's subject carries to an unqualified figure. */
    static final int NEARBY_BLOCKS = 2;

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    /** A row with what its sentence says about the figure before it. */
    record Read(LedgerRow row, boolean restatesPrevious) {}

    private SubjectFromContext() {}

    /** The rows of {@code reads} (in reading order) with their measures completed. */
    static List<LedgerRow> complete(List<Read> reads, ArticleTexts texts) {
        List<LedgerRow> out = new ArrayList<>(reads.size());
        for (Read read : reads) {
            LedgerRow row = read.row();
            Optional<LedgerRow> previous = out.isEmpty() ? Optional.empty() : Optional.of(out.get(out.size() - 1));
            if (read.restatesPrevious() && previous.filter(p -> sameBlock(p, row)).isPresent()) {
                LedgerRow before = previous.get();
                out.add(row.remeasured(before.measure(), "\u201c" + row.written() + "\u201d is given as another "
                        + "estimate of \u201c" + before.written() + "\u201d, just before it"));
                continue;
            }
            Measure measure = row.measure();
            if (measure.namesThing() && measure.qualifier().isEmpty()) {
                Optional<LedgerRow> nearby = nearbyQualified(out, row, texts);
                if (nearby.isPresent()) {
                    String qualifier = nearby.get().measure().qualifier();
                    out.add(row.remeasured(measure.withQualifier(qualifier), "\u201c" + row.written()
                            + "\u201d does not say whose; taken as " + qualifier + " from \u201c"
                            + nearby.get().written() + "\u201d shortly before it"));
                    continue;
                }
                Optional<String> headline = headlineQualifier(row, texts);
                if (headline.isPresent()) {
                    out.add(row.remeasured(measure.withQualifier(headline.get()), "\u201c" + row.written()
                            + "\u201d does not say whose; the headline or standfirst gives the same number of "
                            + headline.get() + " " + Amounts.plural(measure.thing())));
                    continue;
                }
            }
            out.add(row);
        }
        return out;
    }

    private static boolean sameBlock(LedgerRow a, LedgerRow b) {
        return a.article().id().equals(b.article().id()) && a.span().block().equals(b.span().block());
    }

    private static Optional<LedgerRow> nearbyQualified(List<LedgerRow> before, LedgerRow row, ArticleTexts texts) {
        long block = block(row, texts);
        for (int i = before.size() - 1; i >= 0; i--) {
            LedgerRow candidate = before.get(i);
            if (!candidate.article().id().equals(row.article().id()) || block - block(candidate, texts) > NEARBY_BLOCKS) {
                return Optional.empty();
            }
            Measure measure = candidate.measure();
            if (!measure.qualifier().isEmpty() && measure.withQualifier("").equals(row.measure())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static long block(LedgerRow row, ArticleTexts texts) {
        return texts.position(row.article().id(), row.span()) / 1_000_000L;
    }

    private static Optional<String> headlineQualifier(LedgerRow row, ArticleTexts texts) {
        Matcher number = NUMBER.matcher(row.written());
        if (!number.find()) {
            return Optional.empty();
        }
        List<String> headings = List.of(texts.blockText(row.article().id(), Span.TITLE),
                texts.blockText(row.article().id(), Span.STANDFIRST));
        String written = number.group();
        if (headings.stream().noneMatch(text -> text.contains(written))) {
            return Optional.empty(); // the pattern below needs the number as written
        }
        Pattern stated = Pattern.compile("(?<![\\d,.])" + Pattern.quote(written)
                + "\\s+(?:(?:more|additional|extra|new|other|further)\\s+)?((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3})(\\p{L}+)");
        for (String heading : headings) {
            Matcher found = stated.matcher(heading);
            while (found.find()) {
                if (MeasureReader.thing(found.group(2)).equals(row.measure().thing())) {
                    return Optional.of(found.group(1).strip());
                }
            }
        }
        return Optional.empty();
    }
}
