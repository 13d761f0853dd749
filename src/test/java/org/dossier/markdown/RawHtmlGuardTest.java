package org.dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Raw HTML in a Markdown body never hides the text after it. */
class RawHtmlGuardTest {

    private final BodyRenderer renderer = new BodyRenderer();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<script>", "<style>", "<pre>", "<textarea>", "<!-- never closed", "<?php", "<!DOCTYPE",
        "<![CDATA[", "<title>", "<plaintext>", "<xmp>", "<noembed>", "<noframes>", "<iframe>", "<noscript>"})
    void anOpeningThatNeverClosesKeepsTheParagraphsAfterIt(String opening) {
        String markdown = "First in Paris.\n\n" + opening + "\n\nSecond: Putin met officials in Moscow.\n\nThird **bold**.\n";

        RenderedBody body = renderer.render(markdown);

        assertThat(body.blocks()).extracting(Block::text)
                .containsExactly("First in Paris.", "Second: Putin met officials in Moscow.", "Third bold.");
        assertThat(body.html()).contains("<p id=\"p2\">Second", "<strong>bold</strong>").doesNotContain("&lt;")
                .doesNotContainIgnoringCase(opening.substring(0, 4));
    }

    @Test
    void aClosedScriptGoesWithItsContentAndTheRestStays() {
        RenderedBody body = renderer.render("Before.\n\n<script>\nalert(1)\n</script>\n\nAfter <title>x</title> the title.\n");

        assertThat(body.blocks()).extracting(Block::text).containsExactly("Before.", "After x the title.");
        assertThat(body.html()).doesNotContain("alert").doesNotContain("<title");
    }

    @Test
    void openingsOneInsideTheNextAreAllReadAgain() {
        String markdown = "<!--\n\nOne.\n\n<script>\n\nTwo.\n\n<style>\n\nThree.\n";

        assertThat(renderer.render(markdown).blocks()).extracting(Block::text).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void aFileOfNothingButOpeningsStopsReadingAgainAtTheLimit() {
        String markdown = String.join("\n\n", java.util.Collections.nCopies(2_000, "<!--")) + "\n\nLast.\n";

        List<Block> blocks = renderer.render(markdown).blocks();

        assertThat(blocks).isEmpty();
    }

    @Test
    void theTextAfterAnUnclosedOpeningTagOnItsLineIsKept() {
        RenderedBody body = renderer.render("<pre>Kept words\n\nNext paragraph.\n");

        assertThat(body.html()).doesNotContain("<pre");
        assertThat(body.blocks()).extracting(Block::text).containsExactly("Next paragraph.");
        assertThat(body.html()).startsWith("Kept words");
    }

    @Test
    void ordinaryHtmlBlocksAreLeftAsTheyWere() {
        RenderedBody body = renderer.render("<div class=\"x\"><p>Caption</p></div>\n\nText after.\n\n<!-- a note -->\n\nEnd.\n");

        assertThat(body.blocks()).extracting(Block::text).containsExactly("Caption", "Text after.", "End.");
    }
}
