package org.dossier.loader;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;

/**
 * An article's text split into its optional front matter and its body.
 *
 * @param frontMatter the YAML between the {@code ---} lines, if the first line that is not blank is one
 * @param body the rest of the text
 * @param bodyFirstLine the line of the file the body starts on (1-based)
 */
record SplitText(Optional<Yaml> frontMatter, String body, int bodyFirstLine) {

    /**
     * The YAML of a front matter block.
     *
     * @param text the lines between the {@code ---} lines
     * @param firstLine the line of the file the text starts on: the line after the opening {@code ---}
     */
    record Yaml(String text, int firstLine) {}

    /**
     * Splits {@code text}: a front matter block opens with a {@code ---} line at the top, after
     * blank lines if any, and closes with the next {@code ---} (or {@code ...}) line.
     */
    static SplitText of(String text, Path shownFile) {
        int at = 0;
        int line = 1;
        int end = lineEnd(text, at);
        while (text.substring(at, end).isBlank() && end < text.length()) {
            at = end + 1;
            line++;
            end = lineEnd(text, at);
        }
        if (!text.substring(at, end).strip().equals("---")) {
            return new SplitText(Optional.empty(), text, 1);
        }
        int openingLine = line;
        int start = Math.min(end + 1, text.length());
        at = start;
        line++;
        while (true) {
            end = lineEnd(text, at);
            String content = text.substring(at, end).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                String body = end < text.length() ? text.substring(end + 1) : "";
                return new SplitText(Optional.of(new Yaml(text.substring(start, at), openingLine + 1)), body, line + 1);
            }
            if (end >= text.length()) {
                break;
            }
            at = end + 1;
            line++;
        }
        throw new DossierException(Diagnostic.at(shownFile, openingLine, "front matter: no closing '---' line"));
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
