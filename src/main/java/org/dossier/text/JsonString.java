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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
