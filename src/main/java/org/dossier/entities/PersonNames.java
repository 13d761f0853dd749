package org.dossier.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.Scan;

/**
 * When two written names are one person's: the same letters once case, accents, hyphens and
 * spaces are set aside ({@code Kim Jong-Un}, {@code Kim Jong Un}); the same surname with given
 * names one letter apart, as transliterations are ({@code Sergei}, {@code Sergey} Lavrov); the same
 * given names with a Slavic surname's ending written another way ({@code Volodymyr Zelensky},
 * {@code Zelenskyy}, {@code Zelenskiy}); or the same first and last names with a middle name more
 * or less. Different given names with one surname ({@code Kim Jong Un}, {@code Kim Yong-hyun}) stay
 * apart.
 */
final class PersonNames {

    private static final int MIN_VARIANT_LENGTH = 4;
    /** The ways a Slavic surname's ending is transliterated: {@code -y}, {@code -yy}, {@code -iy}, {@code -yi}, {@code -i}. */
    private static final Pattern SLAVIC_ENDING = Pattern.compile("(?:yy|iy|yi|ii|y|i)$");
    /** The letters a surname keeps before that ending, so that short names are not matched by it. */
    private static final int MIN_SURNAME_STEM = 5;

    private PersonNames() {}

    /** The letters of {@code name}, lower case and unaccented: {@code kimjongun}. */
    static String key(String name) {
        char[] kept = new char[name.length()];
        int length = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return slowKey(name);
            }
            if (Character.isLetterOrDigit(c)) {
                kept[length++] = Character.toLowerCase(c);
            }
        }
        return new String(kept, 0, length);
    }

    private static String slowKey(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "");
    }

    /** An Arabic article joined to a surname by a hyphen: {@code el-Sisi}, {@code al-Assad}. */
    private static final Pattern ARTICLE_JOINED = Pattern.compile("(?i:al|el|ad|as|ash|at|az|an|ar)[-\u2010\u2011](\\p{Lu}\\p{L}+)");

    /**
     * The key of the surname of {@code name} without the Arabic article joined to it, which a
     * later mention often drops ({@code Abdel Fattah el-Sisi}, then {@code Sisi}); empty when the
     * surname has none.
     */
    static Optional<String> surnameWithoutArticle(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        Matcher joined = ARTICLE_JOINED.matcher(last);
        return joined.matches() ? Optional.of(key(joined.group(1))) : Optional.empty();
    }

    /** The keys of the words of {@code name}, a hyphenated word counting as one. */
    static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || Scan.isAsciiSpace(name.charAt(i))) {
                String key = from < i ? key(name.substring(from, i)) : "";
                if (!key.isEmpty()) {
                    parts.add(key);
                }
                from = i + 1;
            }
        }
        return parts;
    }

    /** Whether {@code a} and {@code b} name the same person, by the rules above. */
    static boolean samePerson(String a, String b) {
        if (key(a).equals(key(b))) {
            return true;
        }
        List<String> pa = parts(a);
        List<String> pb = parts(b);
        if (pa.size() < 2 || pb.size() < 2) {
            return false;
        }
        if (!pa.get(pa.size() - 1).equals(pb.get(pb.size() - 1))) {
            return surnameVariants(pa, pb);
        }
        if (pa.size() == pb.size()) {
            for (int i = 0; i < pa.size() - 1; i++) {
                if (!pa.get(i).equals(pb.get(i)) && !transliterated(pa.get(i), pb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        List<String> shorter = pa.size() < pb.size() ? pa : pb;
        List<String> longer = pa.size() < pb.size() ? pb : pa;
        return shorter.get(0).equals(longer.get(0)) && longer.containsAll(shorter);
    }

    /** Whether a one-word mention is the first or last word of a full name. */
    static boolean isPartOf(String word, String fullName) {
        List<String> parts = parts(fullName);
        String key = key(word);
        return parts.size() >= 2 && (parts.get(0).equals(key) || parts.get(parts.size() - 1).equals(key));
    }

    /**
     * {@code Volodymyr Zelensky}/{@code Zelenskyy}/{@code Zelenskiy}, {@code Valerii Zaluzhny}/{@code
     * Zaluzhnyi}: every other word the same, and surnames that differ only in how a Slavic ending is
     * written, with enough letters before it. Other letters tell families apart: {@code Johnson},
     * {@code Johnston}; {@code Miller}, {@code Millar}.
     */
    private static boolean surnameVariants(List<String> pa, List<String> pb) {
        if (pa.size() != pb.size() || !pa.subList(0, pa.size() - 1).equals(pb.subList(0, pb.size() - 1))) {
            return false;
        }
        String a = withoutSlavicEnding(pa.get(pa.size() - 1));
        return a.length() >= MIN_SURNAME_STEM && a.equals(withoutSlavicEnding(pb.get(pb.size() - 1)));
    }

    /** {@code zelensk} for {@code zelensky}, {@code zelenskyy}, {@code zelenskiy} and {@code zelenskyi}. */
    private static String withoutSlavicEnding(String surname) {
        Matcher ending = SLAVIC_ENDING.matcher(surname);
        return ending.find() ? surname.substring(0, ending.start()) : surname;
    }

    /** {@code sergei}/{@code sergey}: one edit apart, same first letter, long enough to tell. */
    private static boolean transliterated(String a, String b) {
        return a.length() >= MIN_VARIANT_LENGTH && b.length() >= MIN_VARIANT_LENGTH
                && a.charAt(0) == b.charAt(0) && editDistance(a, b) <= 1;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
