package org.dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.entities.gazetteer.GazetteerMatch;

/**
 * A stand-in for the gazetteer in unit tests: a small table of countries (with demonyms) and
 * capitals, matched as whole words, longest first. Lines: {@code country|Name|form, form, ...} or
 * {@code place|Name|Country|form, ...}.
 */
final class TableGazetteer implements GazetteerLookup {

    private record Entry(String surface, GazetteerMatch template) {}

    private final List<Entry> entries = new ArrayList<>();

    static TableGazetteer standard() {
        return new TableGazetteer(List.of(
                "country|North Korea|North Korea, North Korean, North Koreans, DPRK, N Korea",
                "country|South Korea|South Korea, South Korean, South Koreans",
                "country|Russia|Russia, Russian, Russians, Russian Federation",
                "country|Ukraine|Ukraine, Ukrainian, Ukrainians",
                "country|China|China, Chinese",
                "country|Iran|Iran, Iranian",
                "country|United States|United States, US, U.S., USA, American, Americans",
                "country|United Kingdom|United Kingdom, UK, British, Britain",
                "country|Soviet Union|Soviet Union, Soviet",
                "country|South Vietnam|South Vietnam, South Vietnamese",
                "country|Japan|Japan, Japanese",
                "country|Philippines|Philippines, Filipino",
                "country|Angola|Angola, Angolan",
                "country|Syria|Syria, Syrian",
                "country|Venezuela|Venezuela, Venezuelan",
                "country|Afghanistan|Afghanistan, Afghan",
                "country|Myanmar|Myanmar",
                "country|Cuba|Cuba, Cuban",
                "country|Pakistan|Pakistan, Pakistani",
                "country|Mongolia|Mongolia, Mongolian",
                "country|Singapore|Singapore, Singaporean",
                "country|Taiwan|Taiwan, Taiwanese",
                "country|Brazil|Brazil, Brazilian",
                "country|Argentina|Argentina, Argentine, Argentinian",
                "country|Chile|Chile, Chilean",
                "country|Mexico|Mexico, Mexican",
                "country|Germany|Germany, German",
                "country|France|France, French",
                "country|Norway|Norway, Norwegian",
                "country|Poland|Poland, Polish",
                "country|Italy|Italy, Italian",
                "country|Spain|Spain, Spanish",
                "country|Hungary|Hungary, Hungarian",
                "country|Belgium|Belgium, Belgian",
                "place|Budapest|Hungary|Budapest",
                "place|Brussels|Belgium|Brussels",
                "place|Pyongyang|North Korea|Pyongyang",
                "place|Seoul|South Korea|Seoul",
                "place|Moscow|Russia|Moscow",
                "place|Kyiv|Ukraine|Kyiv",
                "place|Beijing|China|Beijing",
                "place|Tehran|Iran|Tehran",
                "place|Washington|United States|Washington",
                "place|London|United Kingdom|London",
                "place|Berlin|Germany|Berlin",
                "place|Paris|France|Paris",
                "place|Warsaw|Poland|Warsaw",
                "place|Oslo|Norway|Oslo",
                "place|Brasilia|Brazil|Brasilia",
                "place|Buenos Aires|Argentina|Buenos Aires",
                "place|Santiago|Chile|Santiago",
                "place|Mexico City|Mexico|Mexico City",
                "place|Vladivostok|Russia|Vladivostok",
                "place|Crimea|Ukraine|Crimea"));
    }

    TableGazetteer(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\\|");
            boolean place = f[0].equals("place");
            String forms = place ? f[3] : f[2];
            for (String form : forms.split(",\\s*")) {
                entries.add(new Entry(form, new GazetteerMatch(0, 0, form,
                        place ? EntityKind.PLACE : EntityKind.COUNTRY, f[1],
                        place ? Optional.of(f[2]) : Optional.empty(),
                        place ? "capital of " + f[2] + " (test table)" : "name of " + f[1] + " (test table)")));
            }
        }
        entries.sort(Comparator.comparingInt((Entry e) -> -e.surface().length()));
    }

    @Override
    public List<GazetteerMatch> find(String text) {
        List<GazetteerMatch> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Entry entry : entries) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{Nd}.])" + Pattern.quote(entry.surface()) + "(?![\\p{L}\\p{Nd}])").matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    GazetteerMatch t = entry.template();
                    found.add(new GazetteerMatch(m.start(), m.end(), m.group(), t.kind(), t.name(), t.country(), t.evidence()));
                }
            }
        }
        found.sort(Comparator.comparingInt(GazetteerMatch::start));
        return found;
    }
}
