package org.dossier.loader;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image credits and captions as pages paste them: a credit line ({@code Credit: Reuters Photo},
 * {@code Photograph: AP}, {@code Image source, Getty Images}), a caption line
 * ({@code Image caption, ...}), or a caption ending with its credit
 * ({@code Kim meets Putin in Pyongyang. Photograph: Gavriil Grigorov/AP}) or with its credit in
 * brackets ({@code A soldier near the front line. (Oleg Petrasyuk/AFP/Getty Images)}) or a web
 * address ({@code Sergei Shoigu and Kim Jong Un. Kremlin.ru}), a copyright sign
 * ({@code Olaf Scholz in Berlin © Liesa Johannssen/Reuters}), agencies handed on by another
 * ({@code ... Cosmodrome. Vladimir Smirnov/Sputnik/AFP via Getty Images}) or a photographer and agency in
 * capitals ({@code Lula in Brasília. ADRIANO MACHADO / REUTERS}), or a gallery caption
 * ({@code Item 1 of 3 A view of the port. REUTERS/Jane Doe}).
 */
final class Credits {

    private static final int MAX_CREDIT = 150;
    private static final int MAX_CAPTION = 400;
    private static final String LABEL = "(?:photo(?:graph)?s?(?: credit)?|pic(?:ture)?|image(?: credit| source)?|credits?"
            + "|illustration|video|graphic|file photo)";
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)" + LABEL + "\\s*[:,]\\s*\\S.{0,140}");
    /**
     * A picture agency alone on its line, as pages print it above or below a caption:
     * {@code Getty Images}, {@code AFP via Getty Images}, {@code EPA-EFE}. (A news agency alone,
     * such as {@code Reuters}, is a source line.)
     */
    private static final Pattern PICTURE_AGENCY_LINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)?(?:\\s*/\\s*| via ))?"
                    + "(?:Getty Images|EPA(?:-EFE)?|Shutterstock|Alamy|PA Media|PA Wire|Anadolu(?: Agency)?)");
    /** {@code Illustration by The Atlantic. Sources: Getty.}, {@code Photo by Jane Doe}. */
    private static final Pattern BY_CREDIT_LINE = Pattern.compile(
            "(?:Illustration|Photo(?:graph)?|Image|Graphic|Video)s? by \\p{Lu}.{1,140}");
    private static final Pattern CAPTION_LINE = Pattern.compile("(?i)(?:image )?caption\\s*[:,]\\s*(\\S.*)");
    private static final Pattern CAPTION_WITH_CREDIT = Pattern.compile(
            "(.+?\\S)\\s*((?=\\p{Lu})(?i:" + LABEL + ")\\s*:\\s*[^.:]{2,80})");

    /** A caption ending with a copyright sign and its holder: {@code Olaf Scholz in Berlin © Liesa Johannssen/Reuters}. */
    private static final Pattern CAPTION_WITH_COPYRIGHT = Pattern.compile("(.+?\\S)\\s*(©\\s*\\S.{1,80})");

    /** A caption ending with the photographer's full name and agency in capitals: {@code ... 2024. ADRIANO MACHADO / REUTERS}. */
    private static final Pattern CAPTION_WITH_CAPITALS_CREDIT = Pattern.compile(
            "(.+?[.!?])\\s+(\\p{Lu}{2,}(?:[ .'-]+\\p{Lu}{2,})+\\s*/\\s*\\p{Lu}{2,}[\\p{Lu} .'-]{0,40})");

    /**
     * A caption ending with its credit in brackets: photographer and agency set apart by slashes
     * ({@code (Ahn Young-joon/AP)}, {@code (Defense Ministry / Telegram)}), or a labelled credit
     * ({@code (Photo: Yonhap)}).
     */
    private static final Pattern CAPTION_WITH_BRACKETED_CREDIT = Pattern.compile(
            "(.+?\\S)\\s*\\(((?:[^()/]{1,60}(?:/[^()/]{1,60}){1,4}|(?i:" + LABEL + ")\\s*:\\s*[^()]{2,80}))\\)");

    /** A short caption ending with a web address for its credit: {@code Shoigu and Kim. Kremlin.ru}. */
    private static final Pattern CAPTION_WITH_SITE_CREDIT = Pattern.compile(
            "(.{3,200}?[.!?])\\s+(\\p{Lu}?[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|gov|int|ru|ua|kr|jp|cn|uk|de|fr|eu))");

    /** A photographer and agencies, handed on by another: {@code Vladimir Smirnov/Sputnik/AFP via Getty Images}. */
    private static final String VIA_CREDIT = "\\p{Lu}[\\p{L} .'-]{1,40}(?:/[\\p{L} .'-]{1,40}){1,3} via \\p{Lu}[\\p{L} ]{1,30}";
    private static final Pattern VIA_CREDIT_LINE = Pattern.compile(VIA_CREDIT);
    /** Or a source and the agency that handed it on, without slashes: {@code ... by KCNA. KCNA via Reuters}. */
    private static final Pattern CAPTION_WITH_VIA_CREDIT = Pattern.compile("(.+?[.!?])\\s+(" + VIA_CREDIT
            + "|\\p{Lu}[\\p{L}.'-]{1,30}(?: \\p{Lu}[\\p{L}.'-]*){0,2} via (?:Reuters|AP|AFP|Getty Images|EPA|Yonhap|Sputnik|TASS))");

    /**
     * A caption run into its credit after an ellipsis, as a page that sets them apart by style
     * gives them pasted: {@code The launch on Tuesday.Credit...Korean Central News Agency, via Associated Press}.
     */
    private static final Pattern CAPTION_WITH_ELLIPSIS_CREDIT = Pattern.compile(
            "(.+?[.!?\"\u201d\u2019])\\s*(Credit(?:\\.\\.\\.|\u2026)\\s*\\S.{1,150})");

    /** Gallery captions: {@code Item 1 of 3 A view of the port. REUTERS/Jane Doe}, {@code [1/3] ...}. */
    private static final Pattern GALLERY_CAPTION = Pattern.compile(
            "(?:Item \\d{1,3} of \\d{1,3}|\\[\\d{1,3}/\\d{1,3}\\])\\s+(.+?)(?:\\s+(\\p{Lu}{2,}/\\S.{0,60}))?");

    /**
     * A caption that ends with its credit (group 1 the caption, group 2 the credit), and the cheap
     * test a line must pass before the pattern runs on it.
     */
    private record CreditedForm(Predicate<String> worthTrying, Pattern pattern) {}

    /** The forms of a caption with its credit, in the order they are tried. */
    private static final List<CreditedForm> CREDITED_FORMS = List.of(
            new CreditedForm(Credits::lastWordHasDot, CAPTION_WITH_SITE_CREDIT),
            new CreditedForm(line -> line.endsWith(")"), CAPTION_WITH_BRACKETED_CREDIT),
            new CreditedForm(line -> line.indexOf('\u00a9') > 0, CAPTION_WITH_COPYRIGHT),
            new CreditedForm(line -> line.contains(" via "), CAPTION_WITH_VIA_CREDIT),
            new CreditedForm(line -> line.indexOf(" / ") > 0, CAPTION_WITH_CAPITALS_CREDIT),
            new CreditedForm(line -> line.contains("Credit...") || line.contains("Credit\u2026"), CAPTION_WITH_ELLIPSIS_CREDIT),
            new CreditedForm(line -> line.indexOf(':') >= 0, CAPTION_WITH_CREDIT));

    /**
     * A caption and its credit.
     *
     * @param caption the caption text
     * @param credit the credit as written, e.g. {@code Credit: Reuters Photo}, if any
     */
    record Caption(String caption, Optional<String> credit) {}

    private Credits() {}

    /** The credit {@code line} is, if it is only a credit. */
    static Optional<String> credit(String line) {
        if (line.length() > MAX_CREDIT) {
            return Optional.empty();
        }
        boolean labelled = line.indexOf(':') > 0 || line.indexOf(',') > 0;
        if (labelled && CREDIT_LINE.matcher(line).matches()
                || line.contains(" via ") && VIA_CREDIT_LINE.matcher(line).matches()
                || line.contains(" by ") && BY_CREDIT_LINE.matcher(line).matches()
                || PICTURE_AGENCY_LINE.matcher(line).matches()) {
            return Optional.of(line);
        }
        return Optional.empty();
    }

    /** The caption {@code line} gives, with its credit when it ends with one. */
    static Optional<Caption> caption(String line) {
        if (line.length() > MAX_CAPTION) {
            return Optional.empty();
        }
        if (startsWithIgnoringCase(line, "caption") || startsWithIgnoringCase(line, "image caption")) {
            Matcher labelled = CAPTION_LINE.matcher(line);
            if (labelled.matches()) {
                return Optional.of(new Caption(labelled.group(1), Optional.empty()));
            }
        }
        if (line.startsWith("Item ") || line.startsWith("[")) {
            Matcher gallery = GALLERY_CAPTION.matcher(line);
            if (gallery.matches()) {
                return Optional.of(new Caption(gallery.group(1), Optional.ofNullable(gallery.group(2))));
            }
        }
        for (CreditedForm form : CREDITED_FORMS) {
            if (form.worthTrying().test(line)) {
                Matcher credited = form.pattern().matcher(line);
                if (credited.matches()) {
                    return Optional.of(new Caption(credited.group(1), Optional.of(credited.group(2))));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the line's last word holds a dot inside it, as a web address does: cheap to turn prose away. */
    private static boolean lastWordHasDot(String line) {
        int dot = line.lastIndexOf('.');
        return dot > line.lastIndexOf(' ') && dot < line.length() - 1;
    }

    private static boolean startsWithIgnoringCase(String line, String prefix) {
        return line.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
