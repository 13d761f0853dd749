package org.dossier.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes slugs: lower-case ASCII letters, digits and hyphens, safe as file names on every system
 * (a name Windows keeps for a device, such as {@code con}, gets the fallback as a suffix).
 * An instance hands out unique slugs, telling apart two that collide with a numeric suffix, so
 * the order of requests must be stable for slugs to be stable across builds.
 *
 * <pre>{@code
 * Slugs slugs = new Slugs();
 * slugs.unique("Kim Jong Un");   // "kim-jong-un"
 * slugs.unique("Kim Jong-Un!");  // "kim-jong-un-2"
 * }</pre>
 */
public final class Slugs {

    private static final int MAX_LENGTH = 80;
    /** Names Windows keeps for devices, whatever the extension: {@code con.html} cannot be opened there. */
    private static final Pattern WINDOWS_DEVICES = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private final Map<String, Integer> taken = new HashMap<>();

    /** The slug of {@code text}, or {@code fallback} when the text has no letter or digit. */
    public static String of(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return fallback;
        }
        return WINDOWS_DEVICES.matcher(slug).matches() ? slug + "-" + fallback : slug;
    }

    /** A slug of {@code text} not handed out before by this instance. */
    public synchronized String unique(String text, String fallback) {
        String base = of(text, fallback);
        String slug = base;
        int n = taken.getOrDefault(base, 0);
        while (taken.containsKey(slug)) {
            n++;
            slug = base + "-" + n;
        }
        taken.put(base, n == 0 ? 1 : n);
        taken.put(slug, 1);
        return slug;
    }
}
