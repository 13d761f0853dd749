package org.dossier.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Span;
import org.dossier.markdown.BlockText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links the first body mention of each entity in an article to the entity's page.
 *
 * <p>Mentions are tried in document order (block order, then offset; at one offset the longer
 * span first, so {@code North Korea} wins over {@code North}). A mention becomes a link only when
 * every check passes, otherwise the entity's next mention is tried:
 * <ul>
 *   <li>its block exists in the body and the text at its offsets equals {@link Span#text()};</li>
 *   <li>it lies within one text node (a span across {@code <em>} boundaries is left alone);</li>
 *   <li>that text node is not inside a link, a heading, {@code code} or {@code pre} (a span that
 *       overlaps a link inserted before is inside that link or crosses its boundary, so it is
 *       refused by these same checks);</li>
 *   <li>it is a whole word: the characters around it in the block text are not letters, digits
 *       or combining marks.</li>
 * </ul>
 * A wrong link is worse than a missing one, so nothing is ever linked by guessing.
 *
 * <pre>{@code
 * String html = new BodyLinker().link("article-id", bodyHtml, catalog.inArticle("article-id"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class BodyLinker {

    private static final Set<String> NO_LINK_ZONES = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre");

    /** Article pages live in {@code articles/}, entity pages one folder up. */
    private static final String FROM_ARTICLES = "../";

    /**
     * The body {@code html} of article {@code articleId} with the first linkable body mention of
     * each of {@code entities} linked; {@code html} itself when nothing is linked.
     */
    public String link(String articleId, String html, List<Entity> entities) {
        return link(html, LinkTarget.of(articleId, entities, (entity, article) -> entity.mentions()));
    }

    /**
     * The body {@code html} of an article with the first linkable body span of each of
     * {@code targets} linked; {@code html} itself when nothing is linked. Reads nothing else.
     */
    public String link(String html, List<LinkTarget> targets) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Map<String, Integer> blockOrder = new HashMap<>();
        List<Element> blocks = new ArrayList<>();
        for (Element element : document.body().select("[id]")) {
            if (blockOrder.putIfAbsent(element.id(), blocks.size()) == null) {
                blocks.add(element);
            }
        }
        // Wrapping text in a link leaves a block's text as it was, so each is read once.
        String[] blockTexts = new String[blocks.size()];
        Set<String> linked = new HashSet<>();
        for (Candidate candidate : candidates(targets, blockOrder)) {
            int order = candidate.blockOrder();
            if (linked.contains(candidate.target().id())) {
                continue;
            }
            if (blockTexts[order] == null) {
                blockTexts[order] = BlockText.of(blocks.get(order));
            }
            if (tryLink(blocks.get(order), blockTexts[order], candidate)) {
                linked.add(candidate.target().id());
            }
        }
        return linked.isEmpty() ? html : document.body().html();
    }

    private static List<Candidate> candidates(List<LinkTarget> targets, Map<String, Integer> blockOrder) {
        List<Candidate> candidates = new ArrayList<>();
        for (LinkTarget target : targets) {
            for (Span span : target.spans()) {
                Integer order = blockOrder.get(span.block());
                if (span.inBody() && order != null) {
                    candidates.add(new Candidate(target, span, order));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::blockOrder)
                .thenComparingInt(c -> c.span().start())
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.span().end()).reversed())
                .thenComparing(c -> c.target().id()));
        return candidates;
    }

    private static boolean tryLink(Element block, String blockText, Candidate candidate) {
        Span span = candidate.span();
        if (!matchesWholeWord(blockText, span)) {
            return false;
        }
        Optional<Located> located = locate(block, span.start(), span.end());
        if (located.isEmpty() || insideNoLinkZone(located.get().node())) {
            return false;
        }
        wrap(located.get(), candidate.target());
        return true;
    }

    private static boolean matchesWholeWord(String text, Span span) {
        int start = span.start();
        int end = span.end();
        if (start < 0 || end <= start || end > text.length()
                || !text.substring(start, end).equals(span.text())) {
            return false;
        }
        boolean wordBefore = start > 0 && isWordPart(text.codePointBefore(start));
        boolean wordAfter = end < text.length() && isWordPart(text.codePointAt(end));
        return !wordBefore && !wordAfter;
    }

    /** Letters, digits and combining marks (a decomposed accent still belongs to its word). */
    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The text node holding all of [start, end) of the block text, with the offset inside it. */
    private static Optional<Located> locate(Element block, int start, int end) {
        int nodeStart = 0;
        for (TextNode text : block.nodeStream(TextNode.class).toList()) {
            int nodeEnd = nodeStart + text.getWholeText().length();
            if (start < nodeEnd) {
                // The first node reaching past the start: the span is inside it or crosses out of it.
                return end <= nodeEnd ? Optional.of(new Located(text, start - nodeStart, end - start)) : Optional.empty();
            }
            nodeStart = nodeEnd;
        }
        return Optional.empty();
    }

    private static boolean insideNoLinkZone(Node node) {
        for (Element parent = node.parentElement(); parent != null; parent = parent.parentElement()) {
            if (NO_LINK_ZONES.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void wrap(Located located, LinkTarget target) {
        int length = located.length();
        TextNode middle = located.offset() == 0 ? located.node() : located.node().splitText(located.offset());
        if (length < middle.getWholeText().length()) {
            middle.splitText(length);
        }
        Element anchor = new Element("a")
                .addClass("entity")
                .addClass("entity-" + target.kind().id())
                .attr("href", FROM_ARTICLES + target.url())
                .attr("title", label(target.kind()) + ": " + target.name());
        middle.replaceWith(anchor);
        anchor.appendChild(middle);
    }

    /** {@code Person}, {@code Country}, ...: the kind as a word for the link's tooltip. */
    private static String label(EntityKind kind) {
        String id = kind.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    private record Candidate(LinkTarget target, Span span, int blockOrder) {}

    /** A span found inside one text node: {@code length} characters from {@code offset}. */
    private record Located(TextNode node, int offset, int length) {}
}
