package org.dossier.views.ledger;

import java.util.ArrayList;
import java.util.List;
import org.dossier.views.ParagraphLinks;

/**
 * The ledger as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), one row per figure, grouped figures first.
 */
public final class FiguresCsv {

    /** The header row. */
    public static final List<String> HEADER = List.of("group", "value", "written", "unit", "hedge", "what",
            "attribution", "article", "source", "date", "link");

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
        fields.add(group);
        fields.add(row.facts().value().stripTrailingZeros().toPlainString());
        fields.add(row.written());
        fields.add(row.facts().unit());
        fields.add(row.hedge());
        fields.add(row.facts().what());
        fields.add(row.attribution());
        fields.add(row.article().title());
        fields.add(row.article().sourceLabel());
        fields.add(row.article().isoDate());
        fields.add(ParagraphLinks.SITE.link(row.article().id(), row.span().block()));
        return fields;
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
