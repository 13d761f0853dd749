package org.dossier.views.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.CurationRules;
import org.dossier.entities.EntityExtractor;
import org.dossier.link.ArticleDraft;
import org.dossier.link.CrossLinker;
import org.dossier.link.LinkedArticle;
import org.dossier.loader.DossierConfig;
import org.dossier.markdown.BodyRenderer;
import org.dossier.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyRebaserTest {

    private static final String PREFIX = "some-article";
    private static final BodyRenderer BODIES = new BodyRenderer();

    /** Pieces of Markdown that make the attributes the rebaser rewrites, or that it must leave alone. */
    private static final List<String> PIECES = List.of(
            "Plain words and more words. ", "\n\n", "\n\n## A heading\n\n", "\n\n- item one\n- item two\n\n",
            "[in page](#p2) ", "[other article](other-article.html) ", "[up](../people/kim.html) ",
            "[rooted](/about.html) ", "[web](https://example.org/a?b=1&c=2) ", "[mail](mailto:a@example.org) ",
            "[script](javascript:alert(1)) ", "[Upper](HTTP://EXAMPLE.ORG) ", "[amp](a&b.html) ", "[hash amp](#x&y) ",
            "[quote](a%22b.html \"a \\\"title\\\"\") ", "![image](pictures/map.png) ", "![up](../assets/x.png) ",
            "![web](https://example.org/x.png) ", "<a href=\"#top\" id=\"anchor\">raw link</a> ",
            "<a href='single.html' title='it\"s'>single quotes</a> ", "<A HREF=\"UPPER.html\">upper</A> ",
            "<span id=\"raw-id\">span</span> ", "<img src=\"raw.png\" alt=\"a > b\"> ", "<p id=\"&amp;odd\">odd id</p>",
            "x &lt; y &gt; z &amp; w ", "\u00a0non\u00a0breaking\u00a0", "Ünïcödé — “quotes” ", "<b>bold</b> ",
            "<table><tr><td id=\"cell\">cell</td></tr></table>", "<!-- comment --> ", "`<a href=\"x\">code</a>` ",
            "\n\n    <a href=\"indented.html\">code block</a>\n\n", "<br> ", "<br/> ", "<hr>",
            "| a | b |\n|---|---|\n| [c](c.html) | d |\n\n", "<div id=\"d\"><p>para in div</p></div>");

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rewritingTagsGivesWhatParsingGives(long seed) {
        Random random = new Random(seed);
        StringBuilder markdown = new StringBuilder();
        for (int i = random.nextInt(30); i >= 0; i--) {
            markdown.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        String html = BODIES.render(markdown.toString()).html();

        Optional<String> rewritten = BodyRebaser.rebaseTags(html, PREFIX);

        assertTrue(rewritten.isPresent(), () -> "a rendered body is in Jsoup's form: " + html);
        assertEquals(BodyRebaser.rebaseParsed(html, PREFIX), rewritten.get(), markdown::toString);
    }

    @Test
    void linkedSeedBodiesRewriteAsParsed() {
        Diagnostics warnings = new Diagnostics();
        List<ArticleDraft> drafts = new SiteBuilder().drafts(Path.of("articles"), warnings);
        var catalog = new EntityExtractor().extract(drafts.stream().map(SiteBuilder::articleText).toList(),
                CurationRules.none(), warnings);
        List<LinkedArticle> linked = new CrossLinker().link(DossierConfig.defaults(), drafts, catalog).articles();

        assertTrue(linked.size() >= 5);
        for (LinkedArticle article : linked) {
            assertTrue(article.bodyHtml().contains("href=\"../"), article.id());
            assertEquals(BodyRebaser.rebaseParsed(article.bodyHtml(), article.id()),
                    BodyRebaser.rebaseTags(article.bodyHtml(), article.id()).orElseThrow(), article.id());
        }
    }

    @Test
    void rewritesIdsAndRelativeLinksWhereTheyStand() {
        String html = "<p id=\"p1\">See <a href=\"../people/kim.html\">Kim</a>, <a href=\"#p2\">below</a>,"
                + " <a href=\"other.html\">this</a> and <a href=\"https://example.org\">that</a>"
                + " <img src=\"map.png\" alt=\"map\"></p>";

        assertEquals("<p id=\"a-p1\">See <a href=\"people/kim.html\">Kim</a>, <a href=\"#a-p2\">below</a>,"
                + " <a href=\"articles/other.html\">this</a> and <a href=\"https://example.org\">that</a>"
                + " <img src=\"articles/map.png\" alt=\"map\"></p>", BodyRebaser.rebase(html, "a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p id='p1'>single quotes</p>", "<p id=p1>no quotes</p>", "<P ID=\"p1\">upper case</P>",
        "<!-- note --><p id=\"p1\">comment</p>", "<p\nid=\"p1\">new line in a tag</p>", "<p id=\"p1\"",
        "<a href=\"x.html\"/>", "a < b <p id=\"p1\">raw less-than</p>", "<p id=\"p1\">unended <", "<p id=\"p1\" =\"x\">"})
    void aBodyInAnotherFormIsParsed(String html) {
        assertTrue(BodyRebaser.rebaseTags(html, PREFIX).isEmpty(), html);
        assertEquals(BodyRebaser.rebaseParsed(html, PREFIX), BodyRebaser.rebase(html, PREFIX));
    }
}
