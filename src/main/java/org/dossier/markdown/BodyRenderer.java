package org.dossier.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.dossier.text.CompactText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders an article body from CommonMark to safe HTML: GFM tables, strikethrough and autolinks;
 * raw HTML passes through a Jsoup safelist; paragraphs get the ids {@code p1}, {@code p2}, ...,
 * headings ids made from their text after {@code section-} ({@code ## Main} is
 * {@code section-main}) and external links {@code rel="noopener noreferrer"}.
 *
 * <p>The body sits inside a page that has ids of its own ({@code main}, {@code related-heading},
 * ...), so no id in it is the author's: the safelist drops every {@code id} the Markdown or its
 * raw HTML gives, and the ids above, the only ones left, cannot be a page's.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class BodyRenderer {

    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    /** What every heading id starts with, so none is a page's own or a paragraph's. */
    private static final String HEADING_PREFIX = "section-";

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .postProcessor(new RawHtmlGuard(Parser.builder().extensions(EXTENSIONS).build())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final Safelist safelist = Safelist.relaxed()
            .addTags("del", "s")
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("a", "href", "#");

    /** Renders {@code markdown} to a sanitised body with numbered paragraphs, held in memory. */
    public RenderedBody render(String markdown) {
        return render(markdown, CompactText::of);
    }

    /**
     * Renders {@code markdown} to a sanitised body with numbered paragraphs, its HTML held as
     * {@code keep} holds it (in memory, or on a {@link org.dossier.text.TextShelf}).
     */
    public RenderedBody render(String markdown, Function<String, CompactText> keep) {
        String unsafe = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(unsafe);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();
        finishLinks(body);
        List<Block> blocks = numberBlocks(body);
        return new RenderedBody(keep.apply(body.html()), blocks);
    }

    private static void finishLinks(Element body) {
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                continue;
            }
            link.attr("rel", "noopener noreferrer");
        }
        // Images would load from another host; an offline dossier keeps their alternative text only.
        for (Element image : body.select("img")) {
            String alt = image.attr("alt");
            if (alt.isBlank()) {
                image.remove();
            } else {
                image.replaceWith(new Element("span").addClass("image-alt").text("[" + alt + "]"));
            }
        }
    }

    private static List<Block> numberBlocks(Element body) {
        List<Block> blocks = new ArrayList<>();
        IdGenerator headingIds = IdGenerator.builder().prefix(HEADING_PREFIX).defaultId("heading").build();
        int paragraph = 0;
        for (Element element : body.select("p, h1, h2, h3, h4, h5, h6, li, td, th")) {
            boolean heading = HEADING.matcher(element.normalName()).matches();
            if (heading) {
                element.attr("id", headingIds.generateId(element.text()));
            } else {
                if (element.normalName().equals("li") && !element.select("p").isEmpty()) {
                    continue; // its paragraphs are blocks of their own
                }
                element.attr("id", "p" + ++paragraph);
            }
            String text = BlockText.of(element);
            if (!text.isBlank()) {
                blocks.add(new Block(element.id(), heading, text));
            }
        }
        return List.copyOf(blocks);
    }
}
