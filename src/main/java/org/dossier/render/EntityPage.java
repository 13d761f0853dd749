package org.dossier.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dossier.entities.Entity;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Mention;
import org.dossier.entities.Sentence;
import org.dossier.entities.Span;
import org.dossier.link.LinkedArticle;

/**
 * Builds the pages of an entity: what it is, every sentence that names it, what is named with it.
 * An entity named in more than {@link #ARTICLES_PER_PAGE} articles gets further pages
 * {@code people/russia--2.html}, ... (see {@link Pagination}).
 */
final class EntityPage {

    private static final Pattern PARAGRAPH = Pattern.compile("p\\d+");

    /** The articles one page lists, so no page grows without bound. */
    static final int ARTICLES_PER_PAGE = 50;
    /** The sentences quoted per article, so an article that names the entity often stays short. */
    static final int QUOTES_PER_ARTICLE = 5;
    /** The co-mentioned entities listed. */
    static final int CO_MENTIONED = 15;
    /** The figures listed, those given in the most articles first; the ledger has them all. */
    static final int FIGURES = 15;

    /** The timeline events an entity page lists before pointing to the timeline. */
    static final int EVENTS = 20;

    private final DossierIndex index;
    private final EntityEvents events;
    /**
     * Each article's summary as pages at one depth show it: made once, not once for every
     * entity the article names.
     */
    private final Map<SummaryKey, ArticleSummary> summaries = new ConcurrentHashMap<>();

    EntityPage(DossierIndex index, EntityEvents events) {
        this.index = index;
        this.events = events;
    }

    /** One rendered page of an entity: where it goes, its title and what it shows. */
    record Page(String path, String title, EntityView view) {}

    /** How many pages {@code entity} has, the first at {@link Entity#url()}. */
    int pageCount(Entity entity) {
        return Pagination.pages(index.articlesOf(entity).size(), ARTICLES_PER_PAGE);
    }

    /** Page {@code page} of {@code entity}, counted from 1 up to {@link #pageCount}. */
    Page page(Entity entity, int page) {
        List<String> articles = index.articlesOf(entity);
        int pages = pageCount(entity);
        String path = path(entity, page);
        String root = PageRenderer.rootOf(path);
        List<String> slice = slice(articles, page);
        boolean first = page == 1;
        List<Map.Entry<Entity, Integer>> figures = first ? index.figuresAbout(entity) : List.of();
        EntityEvents.Listed dated = first ? events.of(entity.id(), root, EVENTS) : new EntityEvents.Listed(List.of(), 0);
        return new Page(path, first ? entity.name() : entity.name() + ", page " + page, new EntityView(
                entity.name(),
                KindWords.label(entity.kind()),
                entity.aliases().stream().filter(a -> !a.equals(entity.name())).toList(),
                entity.country().flatMap(index::entity).map(c -> new EntityLink(c.name(), root + c.url(), null)).orElse(null),
                entity.figure().map(EntityPage::figure).orElse(null),
                summary(articles.size(), entity.mentions().size()),
                slice.stream().map(id -> mentions(entity, index.article(id).orElseThrow(), root)).toList(),
                first ? coMentioned(entity, root) : List.of(),
                figures.stream().limit(FIGURES).map(f -> EntityLink.counted(f, root)).toList(),
                figures.size() > FIGURES ? (figures.size() - FIGURES) + " more in the figures ledger" : null,
                dated.events(),
                dated.total() > dated.events().size() ? (dated.total() - dated.events().size()) + " more on the timeline" : null,
                root,
                Pagination.of(entity.url(), page, pages)));
    }

    /** The articles page {@code page} lists, of all the entity's {@code articles}. */
    static List<String> slice(List<String> articles, int page) {
        return articles.subList((page - 1) * ARTICLES_PER_PAGE, Math.min(articles.size(), page * ARTICLES_PER_PAGE));
    }

    static String path(Entity entity, int page) {
        return Pagination.path(entity.url(), page);
    }

    private static String summary(int articles, int mentions) {
        if (articles == 0) {
            return "Not named in any article.";
        }
        return "Named in " + plural(articles, "article") + ", " + (mentions == 1 ? "once." : mentions + " times.");
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static EntityView.FigureView figure(FigureFacts facts) {
        return new EntityView.FigureView(
                Amounts.format(facts.value()),
                facts.unit(),
                facts.what(),
                facts.hedge().orElse(null),
                facts.attribution().orElse(null),
                facts.alternatives().stream().map(a -> Amounts.withUnit(a.value(), a.unit())).toList());
    }

    private EntityView.ArticleMentions mentions(Entity entity, LinkedArticle article, String root) {
        Map<Sentence, List<Mention>> bySentence = new LinkedHashMap<>();
        for (Mention mention : index.mentionsIn(entity, article.id())) {
            // Clippings often repeat the standfirst as the first paragraph: quote a sentence once.
            bySentence.computeIfAbsent(mention.sentence(), k -> new ArrayList<>()).add(mention);
        }
        // Only the quotes shown are made; the rest are counted.
        List<EntityView.Quote> quotes = bySentence.values().stream()
                .limit(QUOTES_PER_ARTICLE)
                .map(same -> quote(article, same, root))
                .toList();
        int more = bySentence.size() - QUOTES_PER_ARTICLE;
        ArticleSummary summary = summaries.computeIfAbsent(new SummaryKey(article.id(), root),
                key -> ArticleSummary.of(article, root));
        return new EntityView.ArticleMentions(summary, quotes,
                more <= 0 ? null : more + (more == 1 ? " more sentence" : " more sentences") + " in this article name it.");
    }

    /**
     * A sentence with every mention in it marked, linked to where it first stands; all of
     * {@code same} share the sentence.
     */
    private static EntityView.Quote quote(LinkedArticle article, List<Mention> same, String root) {
        Mention first = same.get(0);
        String sentence = first.sentence().toString();
        List<MarkedSentence.Range> ranges = same.stream()
                .map(m -> range(sentence, m.sentence().start(), article, m.span()))
                .toList();
        String block = first.span().block();
        String href = root + article.url() + (first.span().inBody() ? "#" + block : "");
        String where;
        String whereLong;
        if (PARAGRAPH.matcher(block).matches()) {
            where = "\u00b6\u00a0" + block.substring(1);
            whereLong = "paragraph " + block.substring(1);
        } else {
            where = first.span().inBody() ? "heading" : block;
            whereLong = where;
        }
        return new EntityView.Quote(MarkedSentence.of(sentence, ranges), href, where, whereLong);
    }

    /**
     * Where the span stands in the sentence: from its offsets, where the sentence stands at
     * {@code sentenceStart} in the span's block or else can be found there; else its first
     * occurrence; else nowhere (left unmarked).
     */
    private static MarkedSentence.Range range(String sentence, int sentenceStart, LinkedArticle article, Span span) {
        int offset = span.start() - sentenceStart;
        if (offset >= 0 && sentence.startsWith(span.text(), offset)) {
            return new MarkedSentence.Range(offset, offset + span.text().length());
        }
        Optional<String> blockText = article.blockText(span.block());
        if (blockText.isPresent()) {
            int start = blockText.get().lastIndexOf(sentence, span.start());
            offset = span.start() - start;
            if (start >= 0 && sentence.startsWith(span.text(), offset)) {
                return new MarkedSentence.Range(offset, offset + span.text().length());
            }
        }
        int found = sentence.indexOf(span.text());
        return found < 0 ? MarkedSentence.Range.NONE : new MarkedSentence.Range(found, found + span.text().length());
    }

    private List<EntityLink> coMentioned(Entity entity, String root) {
        return index.coMentioned(entity, CO_MENTIONED).stream().map(e -> EntityLink.counted(e, root)).toList();
    }

    /** An article's summary from a page at the depth {@code root} leads back from. */
    private record SummaryKey(String article, String root) {}
}
