package org.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageBufferTest {

    @Test
    void escapesEveryCharacterAsMustacheDoes() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            every.append(c).append('x');
        }
        assertEscapedAlike(every.toString());
    }

    @Test
    void escapesMixedTextAsMustacheDoes() {
        Random random = new Random(7);
        String alphabet = "ab <>&\"'`=\n\t\r\u00e9\u2014\uD83D\uDE00";
        for (int n = 0; n < 2_000; n++) {
            assertEscapedAlike(text(random, alphabet, 40));
        }
    }

    @Test
    void keepsWhatIsWrittenUnescaped() {
        PageBuffer page = new PageBuffer();
        page.write("<p>");
        page.escape("a < b");
        page.write("</p>".toCharArray(), 0, 4);
        page.write('!');
        page.write("xyz", 1, 1);

        assertThat(page.toString()).isEqualTo("<p>a &lt; b</p>!y");
    }

    @Test
    void encodesInUtf8AsStringsDo() {
        Random random = new Random(11);
        String alphabet = "a<\u00e9\u07ff\u0800\u2014\uffff\uD83D\uDE00\uD800\uDC00";
        for (int n = 0; n < 2_000; n++) {
            String text = text(random, alphabet, 30);
            PageBuffer page = new PageBuffer();
            page.write(text);
            assertThat(page.utf8("<x\u00e9>", "</x>")).isEqualTo(("<x\u00e9>" + text + "</x>").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void encodesTextWrittenInPiecesAsTheWholeText() {
        Random random = new Random(13);
        String alphabet = "a<\u00e9\u2014\uD83D\uDE00\uD800\uDC00";
        for (int n = 0; n < 2_000; n++) {
            String text = text(random, alphabet, 30);
            assertThat(writtenInPieces(text, random).utf8("", "")).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A buffer given {@code text} in random pieces, through each of its ways to write. */
    private static PageBuffer writtenInPieces(String text, Random random) {
        PageBuffer page = new PageBuffer();
        int at = 0;
        while (at < text.length()) {
            int end = at + random.nextInt(text.length() - at + 1);
            switch (random.nextInt(3)) {
                case 0 -> page.write(text, at, end - at);
                case 1 -> page.write(text.toCharArray(), at, end - at);
                default -> text.substring(at, end).chars().forEach(page::write);
            }
            at = end;
        }
        return page;
    }

    @Test
    void growsPastItsFirstCapacity() {
        PageBuffer page = new PageBuffer();
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < 20_000; n++) {
            String piece = n % 3 == 0 ? "<\u00e9\uD83D\uDE00>" : "a&b";
            page.escape(piece);
            text.append(piece);
        }
        StringWriter mustache = new StringWriter();
        HtmlEscaper.escape(text.toString(), mustache);

        assertThat(page.utf8("", "")).isEqualTo(mustache.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Up to {@code longest - 1} characters of {@code alphabet}, chosen by {@code random}. */
    private static String text(Random random, String alphabet, int longest) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(longest);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static void assertEscapedAlike(String text) {
        StringWriter mustache = new StringWriter();
        HtmlEscaper.escape(text, mustache);
        PageBuffer page = new PageBuffer();
        page.escape(text);
        assertThat(page.utf8("", "")).isEqualTo(mustache.toString().getBytes(StandardCharsets.UTF_8));
    }
}
