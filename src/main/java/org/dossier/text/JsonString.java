package org.dossier.text;

/**
 * Writes a string as a JSON string literal (RFC 8259) that is also safe inside an HTML
 * {@code <script>} element and in older JavaScript: {@code <} is escaped so no {@code </script>}
 * can end the element, and the line separators U+2028 and U+2029 are escaped.
 */
public final class JsonString {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonString() {}

    /** Appends {@code text} to {@code out}, quoted and escaped. */
    public static StringBuilder append(StringBuilder out, String text) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                // Runs without escapes are appended whole, not character by character.
                out.append(text, from, i);
                escape(out, c);
                from = i + 1;
            }
        }
        if (from == 0) {
            out.append(text);
        } else {
            out.append(text, from, text.length());
        }
        return out.append('"');
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '\u2028' || c == '\u2029';
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                    .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
        }
    }
}
