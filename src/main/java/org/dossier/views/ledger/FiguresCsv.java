package org.dossier.views.ledger;

import java.util.ArrayList;
import java.util.List;
import org.dossier.views.ParagraphLinks;

/**
 * The ledger as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), one row per figure, grouped figures first.
 *
 * <p>Titles, sources and the other text cells come from the articles, so a spreadsheet must not
 * read one as a formula: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return is written with a leading {@code '} (the OWASP advice on CSV
 * injection). The value column is a number the build made, never text from an article, and is
 * written as it is, so {@code -3.5} stays a number.
 */
public final class FiguresCsv {

    /** The header row. */
    public static final List<String> HEADER = List.of("group", "value", "written", "unit", "hedge", "what",
            "attribution", "article", "source", "date", "link");

    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FiguresCsv() {}

    /** The CSV text of {@code ledger}. */
    public static String of(FigureLedger ledger) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (FigureGroup group : ledger.groups()) {
            for (LedgerRow row : group.rows()) {
                line(csv, fields(group.label(), row));
            }
        }
        for (LedgerRow row : ledger.singles()) {
            line(csv, fields("", row));
        }
        return csv.toString();
    }

    private static List<String> fields(String group, LedgerRow row) {
        List<String> fields = new ArrayList<>();
        fields.add(inert(group));
        fields.add(row.facts().value().stripTrailingZeros().toPlainString());
        fields.add(inert(row.written()));
        fields.add(inert(row.facts().unit()));
        fields.add(inert(row.hedge()));
        fields.add(inert(row.facts().what()));
        fields.add(inert(row.attribution()));
        fields.add(inert(row.article().title()));
        fields.add(inert(row.article().sourceLabel()));
        fields.add(inert(row.article().isoDate()));
        fields.add(inert(ParagraphLinks.SITE.link(row.article().id(), row.span().block())));
        return fields;
    }

    /** A text cell a spreadsheet will not run: one that starts like a formula gets a leading {@code '}. */
    static String inert(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** A field quoted as RFC 4180 requires: only when it holds a comma, quote, CR or LF. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
