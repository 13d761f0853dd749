package org.dossier.entities.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.entities.EntityKind;

/**
 * The forms of the countries of world-countries: common and official names, alternative
 * spellings and abbreviations, forms derived from them, and demonyms.
 *
 * <p>Derived forms, each a general rule:
 * <ul>
 *   <li>a dotted abbreviation from a two- or three-letter upper-case one: {@code U.S.} from {@code US};
 *   <li>a short form from a state title: {@code Turkey} from {@code Republic of Turkey};
 *   <li>{@code N. Korea} and {@code N Korea} from a name starting with {@code North} (likewise
 *       {@code South});
 *   <li>the common name and the demonym in capitals, for headlines: {@code RUSSIA}.
 * </ul>
 * Single-letter and lower-case spellings are ignored.
 */
final class CountryNames {

    private static final String SOURCE = "world-countries";
    private static final String ALT_SOURCE = "world-countries altSpellings";
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,5}");
    /** Words of a state's title; {@code United} is left out so that America is not taken for the United States. */
    private static final Set<String> TITLE_WORDS = Set.of(
            "Republic", "Kingdom", "State", "Commonwealth", "Federation", "Principality", "Sultanate",
            "Emirate", "Grand", "Duchy", "Union", "Federal", "Democratic", "People's", "Socialist",
            "Islamic", "Arab", "Plurinational", "Bolivarian", "Hashemite", "Co-operative", "Cooperative",
            "Independent", "Oriental", "Lao", "Argentine");
    private static final Pattern TITLED = Pattern.compile("((?:[\\p{L}'-]+ )+)of (?:the )?(\\p{Lu}.*)");
    private static final Pattern COMPASS = Pattern.compile("(North|South) (\\p{Lu}\\p{L}+)");

    private CountryNames() {}

    /** Offers every form of every country of {@code rows} to {@code table}. */
    static void offerAll(Iterable<CountryRow> rows, NameTable table) {
        for (CountryRow row : rows) {
            offer(row, table);
        }
    }

    private static void offer(CountryRow row, NameTable table) {
        NameTable.Tier tier = row.independent() ? NameTable.Tier.INDEPENDENT_COUNTRY : NameTable.Tier.DEPENDENT_TERRITORY;
        String name = row.common();
        Offers offers = new Offers(table, tier, name);
        offers.add(name, "name '%s' of %s (" + SOURCE + ")", row.sharedWithPeople());
        offers.add(name.toUpperCase(Locale.ROOT), "name '%s' (in capitals) of %s (" + SOURCE + ")",
                row.sharedWithPeople());
        offers.add(row.official(), "official name '%s' of %s (" + SOURCE + ")", false);
        for (String alt : row.altSpellings()) {
            if (ABBREVIATION.matcher(alt).matches()) {
                offers.add(alt, "abbreviation '%s' of %s (" + ALT_SOURCE + ")", false);
                if (alt.length() <= 3) {
                    offers.add(dotted(alt), "abbreviation '%s' of %s (dotted form of '" + alt + "', " + ALT_SOURCE + ")", false);
                }
            } else if (alt.length() > 1 && Character.isUpperCase(alt.codePointAt(0))) {
                offers.add(alt, "alternative name '%s' of %s (" + ALT_SOURCE + ")", false);
            }
        }
        for (String titled : titledForms(row)) {
            shortForm(titled).ifPresent(form -> offers.add(
                    form, "short form '%s' of %s (from '" + titled + "', " + SOURCE + ")", false));
        }
        Matcher compass = COMPASS.matcher(name);
        if (compass.matches()) {
            String initial = compass.group(1).substring(0, 1);
            offers.add(initial + ". " + compass.group(2), "short form '%s' of %s (from the common name, " + SOURCE + ")", false);
            offers.add(initial + " " + compass.group(2), "short form '%s' of %s (from the common name, " + SOURCE + ")", false);
        }
        if (!row.demonym().isEmpty()) {
            offers.add(row.demonym(), "demonym '%s' of %s (" + SOURCE + ")", false);
            offers.add(row.demonym().toUpperCase(Locale.ROOT), "demonym '%s' (in capitals) of %s (" + SOURCE + ")", false);
        }
    }

    private static List<String> titledForms(CountryRow row) {
        List<String> forms = new ArrayList<>();
        forms.add(row.official());
        forms.addAll(row.altSpellings());
        return forms;
    }

    /** {@code Turkey} from {@code Republic of Turkey}: the name after a title made only of state words. */
    static Optional<String> shortForm(String titled) {
        Matcher matcher = TITLED.matcher(titled);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        for (String word : matcher.group(1).trim().split(" ")) {
            if (!TITLE_WORDS.contains(word) && !word.equals("the")) {
                return Optional.empty();
            }
        }
        return Optional.of(matcher.group(2));
    }

    private static String dotted(String abbreviation) {
        StringBuilder dotted = new StringBuilder();
        abbreviation.chars().forEach(c -> dotted.append((char) c).append('.'));
        return dotted.toString();
    }

    /** Offers forms of one country, skipping short and lower-case ones. */
    private record Offers(NameTable table, NameTable.Tier tier, String name) {
        void add(String surface, String evidence, boolean sharedWithPeople) {
            if (surface.codePointCount(0, surface.length()) < 2 || !Character.isUpperCase(surface.codePointAt(0))) {
                return;
            }
            table.offer(new GazetteerName(surface, EntityKind.COUNTRY, name, Optional.empty(),
                    String.format(Locale.ROOT, evidence, surface, name), sharedWithPeople), tier);
        }
    }
}
