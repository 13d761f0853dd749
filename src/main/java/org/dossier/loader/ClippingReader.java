package org.dossier.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;

/**
 * Reads a raw clipping ({@code .txt}) into an {@link Article}: removes what is not the article,
 * infers what a reader sees (title, standfirst, author, source, date), writes the body as escaped
 * CommonMark and records where each field came from. Front-matter keys override what was inferred.
 * What the text does not say stays empty; one warning per article lists what is unknown.
 *
 * <p>Immutable and thread-safe.
 */
final class ClippingReader {

    private static final List<String> REPORTED_FIELDS = List.of("author", "source", "date");

    private final ClippingCleaner cleaner = ClippingCleaner.standard();

    /**
     * Reads one clipping.
     *
     * @param file the file's path inside the articles folder
     * @param shownFile the file as users name it, for warnings
     * @param text the file's text, split from its front matter
     * @param frontMatter the front matter, or {@link FrontMatter#none()}
     */
    Article read(String file, Path shownFile, SplitText text, FrontMatter frontMatter, Diagnostics warnings) {
        List<ClippingLine> raw = ClippingLines.of(text.body(), text.bodyFirstLine());
        HtmlFragments.Resolved html = HtmlFragments.resolve(raw);
        List<ClippingLine> lines = cleaner.clean(SplitDatelines.join(html.lines()));
        InferredFields fields = new InferredFields();
        ClippingHeader.Result header = ClippingHeader.read(lines, text.body(), fields);
        List<ClippingLine> bodyLines = new ArrayList<>();
        bodyLines.addAll(header.carried());
        bodyLines.addAll(lines.subList(header.bodyStart(), lines.size()));
        List<BodyBlock> blocks = ClippingBody.read(bodyLines, html.fragmentTexts(), fields);
        applyFrontMatter(frontMatter, fields);
        String title = fields.get("title").orElseGet(() -> {
            warnings.warn(Diagnostic.of(shownFile, "no title found; using the file name"));
            fields.override("title", Titles.fromFileName(file), "file name");
            return Titles.fromFileName(file);
        });
        warnUnknown(shownFile, fields, warnings);
        String body = blocks.stream().map(BodyBlock::markdown).collect(Collectors.joining("\n\n"));
        return new Article(file, title, fields.get("standfirst"), fields.get("author"), fields.get("source"),
                fields.published(), fields.get("url"), frontMatter.tags(), frontMatter.extra(),
                body.isEmpty() ? "" : body + "\n", fields.provenance());
    }

    private static void applyFrontMatter(FrontMatter frontMatter, InferredFields fields) {
        for (String key : frontMatter.texts().keySet()) {
            fields.override(key, frontMatter.texts().get(key), frontMatter.provenance(key));
        }
        frontMatter.published().ifPresent(date -> fields.overrideDate(date, frontMatter.provenance("published")));
    }

    private static void warnUnknown(Path shownFile, InferredFields fields, Diagnostics warnings) {
        List<String> unknown = new ArrayList<>();
        for (String field : REPORTED_FIELDS) {
            boolean known = field.equals("date") ? fields.published().isPresent() : fields.has(field);
            if (!known) {
                unknown.add(field + " unknown");
            }
        }
        if (!unknown.isEmpty()) {
            warnings.warn(Diagnostic.of(shownFile, String.join(", ", unknown)));
        }
    }
}
