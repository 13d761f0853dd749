package org.dossier.diagnostic;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem found in the input, tied to a file and, where known, a line.
 *
 * <p>{@link #toString()} gives the one-line form users see, for example
 * {@code articles/x.md:3: front matter: 'published' is not a date: yesterday}. It is always one
 * line: control characters, such as a line break in a file name, are shown as Java-style escapes.
 *
 * @param file the file the problem is in, as the user would name it (relative where possible)
 * @param line the 1-based line, or 0 when the problem has no line
 * @param message what is wrong, starting with the step that found it
 */
public record Diagnostic(Path file, int line, String message) {

    public Diagnostic {
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic about a whole file. */
    public static Diagnostic of(Path file, String message) {
        return new Diagnostic(file, 0, message);
    }

    /** A diagnostic at a line of a file. */
    public static Diagnostic at(Path file, int line, String message) {
        return new Diagnostic(file, line, message);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file.toString().replace('\\', '/'));
            if (line > 0) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        return oneLine(out.append(message));
    }

    /** Control characters (a line break in a file name or a quoted value) would split the line. */
    private static String oneLine(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
