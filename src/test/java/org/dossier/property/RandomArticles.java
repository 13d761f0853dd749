package org.dossier.property;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates article files from a seed: raw clippings and Markdown, with random boilerplate,
 * random Unicode, random (often wrong) front matter and random line ends and encodings. The same
 * seed always gives the same bytes. Names of people, places, organisations and amounts come from a
 * small mixed pool so that generated articles share entities and get linked.
 */
final class RandomArticles {

    private static final List<String> NAMES = List.of(
            "Kim Jong Un", "President Emmanuel Macron", "Angela Merkel", "Prime Minister Keir Starmer",
            "Jane Doe", "Dr. Ngozi Okonjo-Iweala", "Xi Jinping", "Secretary-General Ant\u00f3nio Guterres",
            "Paris", "France", "North Korea", "Seoul", "South Korea", "Lagos", "Nigeria", "Berlin", "Germany",
            "the United Nations", "the World Health Organization (WHO)", "WHO", "NATO", "the European Union",
            "US$20 billion (S$25.7 billion)", "about 3,000 troops", "more than 40 per cent", "\u20ac1.5m",
            "Moscow", "Russia", "Ukraine", "Kyiv", "the Kremlin", "Downing Street", "Washington", "Beijing");
    private static final List<String> WORDS = List.of(
            "the", "council", "said", "on", "Monday", "that", "plan", "would", "go", "ahead", "officials",
            "told", "reporters", "in", "a", "statement", "after", "talks", "with", "over", "budget", "and",
            "security", ".", ",", ";", "\u2014", "\"", "'", "(", ")", "?", "!", "2024", "March", "1990s");
    private static final List<String> BOILERPLATE = List.of(
            "By Jane Doe", "by A B \u00b7 Outlet Name", "Published 3 March 2024", "(Published 16 November 2024, 06:49 IST)",
            "ADVERTISEMENT", "Top stories", "Related Articles", "Read more: ", "Share", "Share this article",
            "Sign up for our newsletter", "Credit: Photo Agency", "Photograph: Someone/Agency",
            "WASHINGTON (AP) \u2014 ", "SEOUL, March 1, 2024 (Yonhap) -- ", "Reporting by Jane Doe; Editing by A. N. Other",
            "Item 1 of 2 ", "Source: ", "\u00a9 2024 The Outlet. All rights reserved.", "Follow us on X",
            "Updated 2 hours ago", "Listen to this article", "5 min read", "Most read", "Cookies", "Subscribe");
    private static final List<String> MARKUP = List.of(
            "<div><p>", "</p></div>", "<script>alert(1)</script>", "[link](javascript:alert(1))", "*", "**", "_",
            "#", "## ", "- ", "1. ", "> ", "`", "```", "&amp;", "&#0;", "<!--", "-->", "<b onclick=x>", "</b>",
            "![img](data:x)", "| a | b |", "|---|---|", "[^1]", "\\", "<", ">", "&", "---", "***", "    code",
            "<https://example.org>", "[ref]: http://example.org", "<iframe src=x>", "{{title}}", "{{{body}}}");
    private static final List<String> KEYS = List.of(
            "title", "standfirst", "author", "source", "published", "date", "url", "tags", "extra", "note",
            "Title", "published ", "\"title\"", "tags");
    private static final List<String> VALUES = List.of(
            "A title", "\"Quoted: with colon\"", "'single'", "yesterday", "2024-03-01", "2024-02-30",
            "2024-03-01T10:00:00Z", "20240301", "[a, b]", "[]", "{}", "{k: v}", "~", "null", "true", "42", "3.14",
            "|\n  block text\n  more", ">\n  folded", "&anchor value", "*anchor", "!!binary aGVsbG8=", "\"\\0nul\"",
            "\"\\u202Eright-to-left\"", "\"emoji \\U0001F680\"", "\"unclosed", "[unclosed", "- item", "\t tab", "");
    private static final int[][] UNICODE_RANGES = {
        {0x20, 0x7E}, {0xA0, 0xFF}, {0x100, 0x17F}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x400, 0x4FF},
        {0x590, 0x5FF}, {0x600, 0x6FF}, {0x900, 0x97F}, {0x200B, 0x200F}, {0x2028, 0x202E}, {0x3040, 0x30FF},
        {0x4E00, 0x4E80}, {0xAC00, 0xAC80}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFD},
        {0x1F300, 0x1F64F}, {0x1D400, 0x1D4FF}, {0x0, 0x1F}, {0x7F, 0x9F},
    };
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private RandomArticles() {}

    /** A generated article: its file name and bytes. */
    record Generated(String name, byte[] bytes) {}

    /** The article of {@code seed}, named after it. */
    static Generated article(long seed) {
        Random random = new Random(seed);
        boolean markdown = random.nextBoolean();
        StringBuilder text = new StringBuilder();
        if (random.nextInt(markdown ? 2 : 6) == 0) {
            frontMatter(random, text);
        }
        if (!markdown || random.nextBoolean()) {
            text.append(markdown && random.nextBoolean() ? "# " : "").append(sentence(random, 3 + random.nextInt(8)))
                    .append('\n');
        }
        int lines = random.nextInt(40);
        for (int line = 0; line < lines; line++) {
            text.append(line(random)).append(lineEnd(random));
        }
        String name = "a" + Long.toString(seed, 36) + (markdown ? ".md" : ".txt");
        return new Generated(name, encode(random, text.toString()));
    }

    private static void frontMatter(Random random, StringBuilder text) {
        text.append(random.nextInt(10) == 0 ? "\uFEFF---\n" : "---\n");
        int keys = random.nextInt(7);
        for (int i = 0; i < keys; i++) {
            text.append(pick(random, KEYS)).append(": ");
            text.append(random.nextInt(3) == 0 ? sentence(random, 1 + random.nextInt(6)) : pick(random, VALUES)).append('\n');
        }
        if (random.nextInt(20) != 0) {
            text.append(random.nextInt(10) == 0 ? "...\n" : "---\n");
        }
    }

    private static String line(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> pick(random, BOILERPLATE);
            case 1 -> pick(random, MARKUP) + sentence(random, 2 + random.nextInt(10)) + pick(random, MARKUP);
            case 2 -> unicode(random, 1 + random.nextInt(60));
            case 3 -> "";
            default -> sentence(random, 5 + random.nextInt(40));
        };
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out.append(' ');
            }
            int kind = random.nextInt(10);
            if (kind < 3) {
                out.append(pick(random, NAMES));
            } else if (kind == 3) {
                out.append(unicode(random, 1 + random.nextInt(8)));
            } else if (kind == 4) {
                out.append(random.nextInt(100_000));
            } else {
                out.append(pick(random, WORDS));
            }
        }
        return out.append(random.nextInt(4) == 0 ? "" : ".").toString();
    }

    private static String unicode(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] range = UNICODE_RANGES[random.nextInt(UNICODE_RANGES.length)];
            out.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return out.toString();
    }

    private static String lineEnd(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            case 2 -> "\n\n";
            default -> "\n";
        };
    }

    private static byte[] encode(Random random, String text) {
        return switch (random.nextInt(20)) {
            case 0 -> text.getBytes(WINDOWS_1252);
            case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 2 -> cut(random, text.getBytes(StandardCharsets.UTF_8));
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    /** UTF-8 bytes with one byte changed: often an invalid sequence. */
    private static byte[] cut(Random random, byte[] bytes) {
        if (bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }

    private static String pick(Random random, List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }
}
