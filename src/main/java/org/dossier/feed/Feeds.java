package org.dossier.feed;

import java.nio.charset.StandardCharsets;
import org.dossier.link.LinkedDossier;
import org.dossier.render.PageSink;

/** Writes {@code feed.xml} and {@code sitemap.xml} when the dossier has a base URL; nothing otherwise. */
public final class Feeds {

    private Feeds() {}

    /** Writes the feed of {@code dossier} and the sitemap of the pages in {@code written} into {@code sink}. */
    public static void write(LinkedDossier dossier, WrittenPages written, PageSink sink) {
        dossier.config().baseUrl().map(BaseUrl::of).ifPresent(base -> {
            sink.write(AtomFeed.PATH, AtomFeed.of(base, dossier).getBytes(StandardCharsets.UTF_8));
            sink.write(Sitemap.PATH, Sitemap.of(base, written.paths()).getBytes(StandardCharsets.UTF_8));
        });
    }
}
