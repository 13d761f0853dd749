package org.dossier.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.markdown.Block;

/**
 * The text of one article as the recogniser reads it.
 *
 * @param article the article id (its slug)
 * @param title the title
 * @param standfirst the standfirst, if any
 * @param author the byline, if any
 * @param published the publication date, if known (resolves relative dates)
 * @param body the body's blocks, in order
 */
public record ArticleText(
        String article,
        String title,
        Optional<String> standfirst,
        Optional<String> author,
        Optional<LocalDate> published,
        List<Block> body) {

    public ArticleText {
        body = List.copyOf(body);
    }
}
