package org.dossier.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.markdown.Block;

/**
 * A test clipping: {@code title:}, {@code standfirst:} and {@code author:} lines, a {@code ---} line,
 * then one body paragraph a line (blocks {@code p1}, {@code p2}, ...).
 */
final class Clipping {

    private Clipping() {}

    /** The clipping in resource {@code path} (under {@code src/test/resources}), with article id {@code id}. */
    static ArticleText resource(String path, String id) {
        try {
            Path file = Path.of(Clipping.class.getResource("/" + path).toURI());
            return parse(id, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clipping written in {@code text}. */
    static ArticleText parse(String id, String text) {
        String title = "";
        Optional<String> standfirst = Optional.empty();
        Optional<String> author = Optional.empty();
        List<Block> body = new ArrayList<>();
        boolean inBody = false;
        for (String line : text.split("\n")) {
            if (inBody) {
                if (!line.isBlank()) {
                    body.add(new Block("p" + (body.size() + 1), false, line.strip()));
                }
            } else if (line.equals("---")) {
                inBody = true;
            } else if (line.startsWith("title: ")) {
                title = line.substring(7);
            } else if (line.startsWith("standfirst: ")) {
                standfirst = Optional.of(line.substring(12));
            } else if (line.startsWith("author: ")) {
                author = Optional.of(line.substring(8));
            }
        }
        return new ArticleText(id, title, standfirst, author, Optional.empty(), body);
    }
}
