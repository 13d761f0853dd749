package org.dossier.loader;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;

/**
 * Reads a Markdown article ({@code .md}, {@code .markdown}): the fields come from its front
 * matter, the body is the author's CommonMark as written. Without a {@code title} key the first
 * line's {@code # Heading} is the title (and leaves the body); without either, the file name is,
 * with a warning.
 *
 * <p>Stateless and thread-safe.
 */
final class MarkdownReader {

    private static final Pattern FIRST_HEADING = Pattern.compile("\\A\\s*# +([^\\n]*?)(?: +#+)? *(?:\\n|\\z)");

    /**
     * Reads one Markdown article.
     *
     * @param file the file's path inside the articles folder
     * @param shownFile the file as users name it, for warnings
     * @param text the file's text, split from its front matter
     * @param frontMatter the front matter, or {@link FrontMatter#none()}
     */
    Article read(String file, Path shownFile, SplitText text, FrontMatter frontMatter, Diagnostics warnings) {
        Map<String, String> provenance = new TreeMap<>();
        for (String key : frontMatter.lines().keySet()) {
            provenance.put(key, frontMatter.provenance(key));
        }
        String body = text.body();
        String title;
        if (frontMatter.text("title").isPresent()) {
            title = frontMatter.text("title").get();
        } else {
            Matcher heading = FIRST_HEADING.matcher(body.length() > ClippingHeader.MAX_TITLE * 4
                    ? body.substring(0, ClippingHeader.MAX_TITLE * 4) : body);
            if (heading.lookingAt() && !heading.group(1).isBlank()) {
                title = heading.group(1).strip();
                int headingLine = text.bodyFirstLine() + countLines(body, heading.start(1));
                provenance.put("title", "heading, line " + headingLine);
                body = body.substring(heading.end());
            } else {
                warnings.warn(Diagnostic.of(shownFile, "no title found; using the file name"));
                title = Titles.fromFileName(file);
                provenance.put("title", "file name");
            }
        }
        String trimmed = withoutBlankLinesAround(body);
        return new Article(file, title, frontMatter.text("standfirst"), frontMatter.text("author"),
                frontMatter.text("source"), frontMatter.published(), frontMatter.text("url"), frontMatter.tags(),
                frontMatter.extra(), trimmed.isEmpty() ? "" : trimmed + "\n", provenance);
    }

    /** Leading blank lines go but not the first line's indentation, which may open a code block. */
    private static String withoutBlankLinesAround(String body) {
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                start = i + 1;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return body.substring(Math.min(start, body.length())).stripTrailing();
    }

    private static int countLines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
