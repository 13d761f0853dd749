package org.dossier.entities.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects the forms of every source and settles the forms that several entities share.
 *
 * <p>Each form is offered with a {@link Tier}: the best tier offering a form owns it. When
 * several entities of that tier offer the same form (the demonym {@code Congolese} of both
 * Congos, the short form {@code Korea} of both Koreas), the form is ambiguous: it names none of
 * them, and no lower tier gets it either. Within one entity the first form offered wins, so
 * sources offer their strongest evidence first.
 */
final class NameTable {

    /** Who may own a form, best first. */
    enum Tier {
        /** An independent state. */
        INDEPENDENT_COUNTRY,
        /** A territory that is not independent (American Samoa, Jersey...). */
        DEPENDENT_TERRITORY,
        /** A state that no longer exists. */
        HISTORICAL_STATE,
        /** A capital, city or region. */
        PLACE
    }

    private record Offer(GazetteerName name, Tier tier, int order) {}

    private final Map<String, List<Offer>> offers = new LinkedHashMap<>();
    private int order;

    /** Offers {@code name} for its surface form. */
    void offer(GazetteerName name, Tier tier) {
        offers.computeIfAbsent(name.surface(), surface -> new ArrayList<>()).add(new Offer(name, tier, order++));
    }

    /** Whether any source offered {@code surface}. */
    boolean contains(String surface) {
        return offers.containsKey(surface);
    }

    /** The settled forms, by surface, sorted. */
    Map<String, GazetteerName> settled() {
        Map<String, GazetteerName> result = new TreeMap<>();
        offers.forEach((surface, list) -> winner(list).ifPresent(name -> result.put(surface, name)));
        return result;
    }

    /** The forms that several entities share and so name none, sorted. */
    Set<String> ambiguous() {
        Set<String> result = new TreeSet<>();
        offers.forEach((surface, list) -> {
            if (winner(list).isEmpty()) {
                result.add(surface);
            }
        });
        return result;
    }

    private static Optional<GazetteerName> winner(List<Offer> list) {
        Tier best = list.stream().map(Offer::tier).min(Comparator.naturalOrder()).orElseThrow();
        List<Offer> top = list.stream()
                .filter(offer -> offer.tier() == best)
                .sorted(Comparator.comparingInt(Offer::order))
                .toList();
        long entities = top.stream().map(offer -> offer.name().name()).distinct().count();
        return entities == 1 ? Optional.of(top.get(0).name()) : Optional.empty();
    }
}
