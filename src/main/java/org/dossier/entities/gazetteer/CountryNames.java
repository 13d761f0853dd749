package org.dossier.entities.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.entities.EntityKind;

/**
 * The forms of the countries of world-countries: common and official names, alternative
 * spellings and abbreviations, forms derived from them, demonyms, and the English short forms
 * of {@code short-forms.tsv}.
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

    private static final String DATA = "world-countries";
    private static final String ALT_DATA = "world-countries altSpellings";
    /** English short forms the data lacks, written for Dossier: {@code Britain}, {@code ROK}. */
    private static final String SHORT_FORMS = "short-forms.tsv";
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,5}");
    /** Words of a state's title; {@code United} is left out so that America is not taken for the United States. */
    private static final Set<String> TITLE_WORDS = Set.of(
            "Republic", "Kingdom", "State", "Commonwealth", "Federation", "Principality", "Sultanate",
            "Emirate", "Grand", "Duchy", "Union", "Federal", "Democratic", "People's", "Socialist",
            "Islamic", "Arab", "Plurinational", "Bolivarian", "Hashemite", "Co-operative", "Cooperative",
            "Independent", "Oriental", "the");
    private static final Pattern TITLED = Pattern.compile("((?:[\\p{L}'-]+ )+)of (?:the )?(\\p{Lu}.*)");
    private static final Pattern COMPASS = Pattern.compile("(North|South) (\\p{Lu}\\p{L}+)");

    private CountryNames() {}

    /** Offers every form of every country of {@code rows} to {@code table}. */
    static void offerAll(Iterable<CountryRow> rows, NameTable table) {
        Map<String, List<String>> shortForms = new HashMap<>();
        for (List<String> row : DataFile.rows(SHORT_FORMS)) {
            shortForms.computeIfAbsent(row.get(0), code -> new ArrayList<>()).add(row.get(1));
        }
        for (CountryRow row : rows) {
            Offers offers = new Offers(table, row);
            offer(row, offers);
            for (String form : shortForms.getOrDefault(row.cca2(), List.of())) {
                offers.add(form, ABBREVIATION.matcher(form).matches() ? "abbreviation" : "short form", SHORT_FORMS,
                        Set.of());
            }
        }
    }

    private static void offer(CountryRow row, Offers offers) {
        offers.add(row.common(), "name", DATA, row.caveats());
        offers.add(row.common().toUpperCase(Locale.ROOT), "name (in capitals)", DATA, row.caveats());
        offers.add(row.official(), "official name", DATA, Set.of());
        for (String alt : row.altSpellings()) {
            if (ABBREVIATION.matcher(alt).matches()) {
                offers.add(alt, "abbreviation", ALT_DATA, Set.of());
                if (alt.length() <= 3) {
                    offers.add(dotted(alt), "abbreviation", "dotted form of '" + alt + "', " + ALT_DATA, Set.of());
                }
            } else {
                offers.add(alt, "alternative name", ALT_DATA, Set.of(Caveat.ALTERNATIVE_NAME));
            }
        }
        List<String> titled = new ArrayList<>(row.altSpellings());
        titled.add(0, row.official());
        for (String title : titled) {
            shortForm(title).ifPresent(form -> offers.add(form, "short form", "from '" + title + "', " + DATA, Set.of()));
        }
        Matcher compass = COMPASS.matcher(row.common());
        if (compass.matches()) {
            String initial = compass.group(1).substring(0, 1);
            offers.add(initial + ". " + compass.group(2), "short form", "from the common name, " + DATA, Set.of());
            offers.add(initial + " " + compass.group(2), "short form", "from the common name, " + DATA, Set.of());
        }
        if (!row.demonym().isEmpty()) {
            offers.add(row.demonym(), "demonym", DATA, Set.of());
            offers.add(row.demonym().toUpperCase(Locale.ROOT), "demonym (in capitals)", DATA, Set.of());
        }
    }

    /** {@code Turkey} from {@code Republic of Turkey}: the name after a title made only of state words. */
    static Optional<String> shortForm(String title) {
        Matcher matcher = TITLED.matcher(title);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        for (String word : matcher.group(1).trim().split(" ")) {
            if (!TITLE_WORDS.contains(word)) {
                return Optional.empty();
            }
        }
        return Optional.of(matcher.group(2));
    }

    /** {@code U.S.} from {@code US}. */
    static String dotted(String abbreviation) {
        StringBuilder dotted = new StringBuilder();
        abbreviation.chars().forEach(c -> dotted.append((char) c).append('.'));
        return dotted.toString();
    }

    /** Offers forms of one country, skipping single-letter and lower-case ones. */
    private record Offers(NameTable table, CountryRow row) {
        void add(String surface, String what, String source, Set<Caveat> caveats) {
            if (surface.codePointCount(0, surface.length()) < 2 || !Character.isUpperCase(surface.codePointAt(0))) {
                return;
            }
            String evidence = what + " '" + surface + "' of " + row.common() + " (" + source + ")";
            NameTable.Tier tier = row.independent() ? NameTable.Tier.INDEPENDENT_COUNTRY : NameTable.Tier.DEPENDENT_TERRITORY;
            table.offer(new GazetteerName(surface, EntityKind.COUNTRY, row.common(), Optional.empty(), evidence, caveats),
                    tier);
        }
    }
}
