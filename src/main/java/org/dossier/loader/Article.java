package org.dossier.loader;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One article as the loader read it: the same record whether it came from Markdown with front
 * matter or from a raw clipping. Fields the input does not give are empty, never invented.
 *
 * @param file the path of the source file inside the articles folder, with {@code /} separators
 * @param title the title; never blank (the loader falls back to the file name and says so)
 * @param standfirst the summary under the title, if any
 * @param author the byline, if any
 * @param source the outlet, if any
 * @param published the publication date, if known
 * @param url the original address of the article, if given
 * @param tags the tags, in the order given
 * @param extra front-matter keys the loader does not know, sorted by key, handed to templates
 * @param body the article body as CommonMark
 * @param provenance where each inferred field came from, keyed by field name
 */
public record Article(
        String file,
        String title,
        Optional<String> standfirst,
        Optional<String> author,
        Optional<String> source,
        Optional<LocalDate> published,
        Optional<String> url,
        List<String> tags,
        Map<String, String> extra,
        String body,
        Map<String, String> provenance) {

    public Article {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        tags = List.copyOf(tags);
        extra = Collections.unmodifiableMap(new TreeMap<>(extra));
        provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    /** This record with an empty body: what is left once the body has been rendered. */
    public Article withoutBody() {
        return body.isEmpty() ? this
                : new Article(file, title, standfirst, author, source, published, url, tags, extra, "", provenance);
    }
}
