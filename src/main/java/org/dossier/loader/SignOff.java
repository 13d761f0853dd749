package org.dossier.loader;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire sign-off that ends an article reprinted from an agency: a short capitalised name after
 * the final sentence ({@code ... this position. Bloomberg}, {@code ... he said. REUTERS},
 * {@code — AFP}), or a last line crediting the outlet with the agencies it drew on
 * ({@code Al Jazeera and news agencies}). It is not the article's text; it names the source.
 *
 * @param text the paragraph without the sign-off (empty when the sign-off stood alone)
 * @param outlet the outlet signed, e.g. {@code Bloomberg}
 */
record SignOff(String text, String outlet) {

    private static final int TAIL = 60;
    private static final int MAX_OUTLET = 40;
    private static final int ACRONYM = 4;
    private static final Pattern AT_END = Pattern.compile(
            "(?:^|(?<=[\\p{Ll}\\d][.!?][\"”’)]?)\\s+)[-—–]?\\s*(\\p{Lu}[\\p{L}&']*(?:[ /]\\p{Lu}[\\p{L}&']*){0,3})$");

    private static final Pattern WITH_AGENCIES = Pattern.compile(
            "[-—–]?\\s*(\\p{Lu}[\\p{L}&']*(?: \\p{Lu}[\\p{L}&']*){0,3}),? (?:and|with) (?:news |wire )?agencies\\.?");

    /** The sign-off ending {@code paragraph}, if it ends with one. */
    static Optional<SignOff> read(String paragraph) {
        Matcher credit = WITH_AGENCIES.matcher(paragraph.strip());
        if (credit.matches()) {
            return Optional.of(new SignOff("", name(credit.group(1))));
        }
        int from = Math.max(0, paragraph.length() - TAIL);
        Matcher matcher = AT_END.matcher(paragraph).region(from, paragraph.length());
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        if (!matcher.find()) {
            return Optional.empty();
        }
        boolean alone = matcher.start() == 0;
        if (matcher.group(1).length() > MAX_OUTLET || alone && !isWire(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new SignOff(paragraph.substring(0, matcher.start()).strip(), name(matcher.group(1))));
    }

    /** A paragraph that is only a name counts as a sign-off only when it is one word, as wires sign. */
    private static boolean isWire(String name) {
        return !name.contains(" ");
    }

    private static String name(String signed) {
        if (signed.length() <= ACRONYM || signed.chars().anyMatch(Character::isLowerCase)) {
            return signed;
        }
        return signed.charAt(0) + signed.substring(1).toLowerCase(Locale.ROOT);
    }
}
