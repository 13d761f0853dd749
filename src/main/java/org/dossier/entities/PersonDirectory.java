package org.dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people the dossier names in full, grouped into one cluster per person by
 * {@link PersonNames#samePerson}. A cluster's id is the smallest name key in it, so ids do not
 * depend on the order articles are read in.
 *
 * <p>Immutable once built.
 */
final class PersonDirectory {

    /**
     * One full-name mention the directory was built from.
     *
     * @param article the article id
     * @param order the article's position in the dossier, for "first sighting"
     * @param finding the mention
     */
    record Sighting(String article, int order, Finding finding) {}

    private final Map<String, String> clusterByKey = new HashMap<>();
    private final Map<String, List<String>> keysByLastPart = new HashMap<>();
    private final Map<String, List<Sighting>> sightings = new TreeMap<>();

    private PersonDirectory() {}

    /** The directory of {@code sightings}. */
    static PersonDirectory of(List<Sighting> sightings) {
        PersonDirectory directory = new PersonDirectory();
        Map<String, String> surfaceByKey = new TreeMap<>();
        for (Sighting sighting : sightings) {
            surfaceByKey.putIfAbsent(PersonNames.key(sighting.finding().surface()), sighting.finding().surface());
        }
        Map<String, String> parent = new HashMap<>();
        surfaceByKey.keySet().forEach(k -> parent.put(k, k));
        // Variants share their surname, or else their given names and the surname's first letter.
        Map<String, List<String>> byLast = new TreeMap<>();
        Map<String, List<String>> byGivenNames = new TreeMap<>();
        surfaceByKey.forEach((key, surface) -> {
            List<String> parts = PersonNames.parts(surface);
            String last = parts.get(parts.size() - 1);
            byLast.computeIfAbsent(last, x -> new ArrayList<>()).add(key);
            byGivenNames.computeIfAbsent(String.join(" ", parts.subList(0, parts.size() - 1)) + " " + last.charAt(0),
                    x -> new ArrayList<>()).add(key);
        });
        for (Map<String, List<String>> buckets : List.of(byLast, byGivenNames)) {
            for (List<String> bucket : buckets.values()) {
                for (int i = 0; i < bucket.size(); i++) {
                    for (int j = i + 1; j < bucket.size(); j++) {
                        if (PersonNames.samePerson(surfaceByKey.get(bucket.get(i)), surfaceByKey.get(bucket.get(j)))) {
                            union(parent, bucket.get(i), bucket.get(j));
                        }
                    }
                }
            }
        }
        for (String key : surfaceByKey.keySet()) {
            directory.clusterByKey.put(key, find(parent, key));
        }
        byLast.forEach((last, keys) -> directory.keysByLastPart.put(last, List.copyOf(keys)));
        directory.surfaces.putAll(surfaceByKey);
        surfaceByKey.forEach((key, surface) -> {
            List<String> parts = PersonNames.parts(surface);
            Set<String> called = new TreeSet<>(List.of(parts.get(0), parts.get(parts.size() - 1)));
            PersonNames.surnameWithoutArticle(surface).ifPresent(called::add);
            for (String part : called) {
                directory.clustersByPart.computeIfAbsent(part, p -> new TreeSet<>()).add(directory.clusterByKey.get(key));
            }
        });
        for (Sighting sighting : sightings) {
            String cluster = directory.clusterByKey.get(PersonNames.key(sighting.finding().surface()));
            directory.sightings.computeIfAbsent(cluster, c -> new ArrayList<>()).add(sighting);
        }
        directory.sightings.forEach((cluster, list) -> {
            SortedMap<String, Integer> countries = new TreeMap<>();
            list.forEach(s -> s.finding().affiliation().ifPresent(c -> countries.merge(c, 1, Integer::sum)));
            directory.affiliations.put(cluster, countries);
        });
        directory.sightings.values().forEach(list -> list.sort(Comparator.comparingInt(Sighting::order)
                .thenComparing(s -> s.finding().block()).thenComparingInt(s -> s.finding().start())));
        return directory;
    }

    private final Map<String, String> surfaces = new TreeMap<>();
    private final Map<String, SortedMap<String, Integer>> affiliations = new HashMap<>();
    private final Map<String, TreeSet<String>> clustersByPart = new HashMap<>();

    /** The cluster of a full name: the one cluster it is a variant of, if exactly one. */
    Optional<String> clusterOf(String name) {
        String key = PersonNames.key(name);
        if (clusterByKey.containsKey(key)) {
            return Optional.of(clusterByKey.get(key));
        }
        List<String> parts = PersonNames.parts(name);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        Set<String> clusters = new TreeSet<>();
        for (String candidate : keysByLastPart.getOrDefault(parts.get(parts.size() - 1), List.of())) {
            if (PersonNames.samePerson(name, surfaces.get(candidate))) {
                clusters.add(clusterByKey.get(candidate));
            }
        }
        return clusters.size() == 1 ? Optional.of(clusters.iterator().next()) : Optional.empty();
    }

    /**
     * The clusters with a full name whose first or last word is {@code word}, or whose surname is
     * {@code word} with an Arabic article joined to it ({@code el-Sisi} for {@code Sisi}), sorted.
     */
    List<String> clustersCalled(String word) {
        return List.copyOf(clustersByPart.getOrDefault(PersonNames.key(word), new TreeSet<>()));
    }

    /** The full-name mentions of a cluster, first article first. */
    List<Sighting> sightings(String cluster) {
        return sightings.getOrDefault(cluster, List.of());
    }

    /** The countries named just before the cluster's full names, with how often. */
    SortedMap<String, Integer> affiliations(String cluster) {
        return affiliations.getOrDefault(cluster, new TreeMap<>());
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // The smaller key becomes the root, so the id of a cluster does not depend on input order.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
