package org.dossier.loader;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;

/**
 * An article's text split into its optional front matter and its body.
 *
 * @param frontMatter the YAML between the {@code ---} lines, if the text starts with one
 * @param body the rest of the text
 * @param bodyFirstLine the line of the file the body starts on (1-based)
 */
record SplitText(Optional<String> frontMatter, String body, int bodyFirstLine) {

    /** The first line of the front matter's YAML in the file: the line after the opening {@code ---}. */
    static final int YAML_FIRST_LINE = 2;

    /**
     * Splits {@code text}: a front matter block opens with a {@code ---} line at the very top and
     * closes with the next {@code ---} (or {@code ...}) line.
     */
    static SplitText of(String text, Path shownFile) {
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals("---")) {
            return new SplitText(Optional.empty(), text, 1);
        }
        int start = Math.min(firstEnd + 1, text.length());
        int at = start;
        int line = 2;
        while (true) {
            int end = lineEnd(text, at);
            String content = text.substring(at, end).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                String body = end < text.length() ? text.substring(end + 1) : "";
                return new SplitText(Optional.of(text.substring(start, at)), body, line + 1);
            }
            if (end >= text.length()) {
                break;
            }
            at = end + 1;
            line++;
        }
        throw new DossierException(Diagnostic.at(shownFile, 1, "front matter: no closing '---' line"));
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
