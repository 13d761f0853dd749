package org.dossier.views.timeline;

import java.util.Locale;
import java.util.Random;

/**
 * Random text dense with what date rules read: the words before a date, days, month, weekday and
 * season names and their look-alikes, years, decades, and the words, punctuation, dashes and
 * unusual spaces around them, mostly apart, sometimes run together.
 */
final class RandomDateText {

    private static final String[][] KINDS = {
        {"On", "on", "By", "by", "Since", "since", "Until", "until", "In", "in", "From", "during", "Through", "before",
            "After", "Early", "late", "Mid", "mid-", "Mid-", "last", "this", "next", "Last", "This", "Next", "Back in",
            "back in", "Around", "Summer of", "summer of", "Year", "the", "The", "early", "mid", "the early",
            "the late", "the mid"},
        {"1", "2", "13", "13th", "1st", "22nd", "3rd", "31", "30", "29", "18 and 19", "5-6", "3\u20134"},
        {"January", "Jan.", "February", "Feb.", "March", "Mar.", "April", "May", "may", "June", "Jun.", "July",
            "August", "Aug.", "September", "Sept.", "Sep.", "October", "Nov.", "December", "Dec.", "Marek", "Mayor",
            "Junction"},
        {"2019", "2024", "1999", "2100", "1850", "12345", "19", "2023-24"},
        {"1970s", "1990s", "2000s", "1850s", "0s", "2020s", "1980s", "1500s"},
        {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mondays", "Black", "Good",
            "Super", "today", "days"},
        {"spring", "summer", "autumn", "fall", "winter", "Spring", "year", "month", "yesterday", "Yesterday",
            "esterday"},
        {"of", "and", "to", "per", "percent", "troops", "km", "will", "scheduled", "is due", "said", "Kim", "but",
            "while", "whereas", "Ms.", "_", "\u00e9", "x"},
    };
    private static final String[] GAPS = {" ", " ", " ", " ", " ", " ", " ", " ", "  ", "\n", "\t", "", ",", ", ",
        "-", "\u2013", " \u2014 ", ". ", "; ", "(", ")", "\u00a0", "\u2019"};

    /** The kinds of word of a phrase, in order: indexes into {@link #KINDS}; seasons and decades have their own. */
    private static final int[][] PHRASES = {{0, 1, 2, 5, 1, 3, 7}, {0, 6, 3, 7}, {0, 4, 7}};

    private RandomDateText() {}

    /**
     * A text of up to eight phrases, sometimes in capitals. A phrase takes words in the order a
     * date has them (what comes before, a day, a name, a day, a year, what follows), each kind
     * of word present or not at random, so that most phrases are dates or near misses.
     */
    static String of(Random random) {
        StringBuilder text = new StringBuilder();
        int phrases = 1 + random.nextInt(8);
        for (int i = 0; i < phrases; i++) {
            for (int kind : PHRASES[random.nextInt(PHRASES.length)]) {
                if (random.nextInt(3) > 0) {
                    String[] words = KINDS[kind];
                    text.append(words[random.nextInt(words.length)]).append(GAPS[random.nextInt(GAPS.length)]);
                }
            }
        }
        return random.nextInt(8) == 0 ? text.toString().toUpperCase(Locale.ROOT) : text.toString();
    }
}
