package org.dossier.feed;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.link.LinkedArticle;
import org.dossier.link.LinkedDossier;
import org.dossier.loader.Article;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.Block;

/**
 * The Atom {@code feed.xml} of a dossier's articles, newest first.
 *
 * <p>Atom requires an update time on every entry, but a clipping has at most a publication date.
 * To keep builds byte-identical the feed never uses the clock: an entry is updated on its
 * publication date, an undated entry and the feed itself on the newest date of the dossier, and a
 * dossier without any date on 1970-01-01.
 */
public final class AtomFeed {

    /** The feed's path in the site. */
    public static final String PATH = "feed.xml";

    private static final int SUMMARY_LENGTH = 300;

    private AtomFeed() {}

    /** The feed of {@code dossier} hosted at {@code base}. */
    public static String of(BaseUrl base, LinkedDossier dossier) {
        DossierConfig config = dossier.config();
        LocalDate newest = dossier.articles().stream()
                .map(a -> a.article().published())
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.EPOCH);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(out, "title", config.title());
        config.description().ifPresent(d -> element(out, "subtitle", d));
        out.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base.resolve("index.html"))).append("\"/>\n");
        out.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(base.resolve(PATH))).append("\"/>\n");
        element(out, "id", base.resolve(PATH));
        element(out, "updated", timestamp(newest));
        out.append("<author><name>").append(Xml.escape(config.title())).append("</name></author>\n");
        for (LinkedArticle article : dossier.articles()) {
            entry(out, base, article, newest);
        }
        return out.append("</feed>\n").toString();
    }

    private static void entry(StringBuilder out, BaseUrl base, LinkedArticle linked, LocalDate newest) {
        Article article = linked.article();
        String url = base.resolve(linked.url());
        out.append("<entry>\n");
        element(out, "title", article.title());
        out.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
        element(out, "id", url);
        element(out, "updated", timestamp(article.published().orElse(newest)));
        article.published().ifPresent(date -> element(out, "published", timestamp(date)));
        article.author().or(article::source)
                .ifPresent(name -> out.append("<author><name>").append(Xml.escape(name)).append("</name></author>\n"));
        summary(linked).ifPresent(text -> element(out, "summary", text));
        out.append("</entry>\n");
    }

    private static Optional<String> summary(LinkedArticle linked) {
        Optional<String> text = linked.article().standfirst()
                .or(() -> linked.blocks().stream().filter(b -> !b.heading()).map(Block::text).findFirst());
        return text.map(String::strip).filter(t -> !t.isEmpty()).map(AtomFeed::shorten);
    }

    private static String shorten(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int space = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, space > 0 ? space : SUMMARY_LENGTH) + "\u2026";
    }

    private static void element(StringBuilder out, String name, String text) {
        out.append('<').append(name).append('>').append(Xml.escape(text)).append("</").append(name).append(">\n");
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
