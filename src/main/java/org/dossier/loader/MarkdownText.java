package org.dossier.loader;

/**
 * Escapes plain text for CommonMark, so that what a clipping says is shown literally: {@code *},
 * {@code _}, {@code <script>}, {@code [x](javascript:...)}, {@code &amp;} and line-start markers
 * such as {@code #}, {@code -}, {@code 1.} are never read as Markdown or HTML. Linear in the text.
 */
final class MarkdownText {

    private static final String ALWAYS = "\\`*_[]<>&~|";

    private MarkdownText() {}

    /** {@code text} as a CommonMark inline that renders as exactly that text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineStart = i == 0;
            if (c < 128 && ALWAYS.indexOf(c) >= 0 || lineStart && "#+-=>".indexOf(c) >= 0
                    || digits == i && i > 0 && (c == '.' || c == ')')) {
                out.append('\\');
            }
            if (Character.isDigit(c) && digits == i) {
                digits++;
            }
            out.append(c);
        }
        return out.toString();
    }
}
