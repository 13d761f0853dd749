package org.dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.entities.figures.FigureMention;
import org.dossier.parallel.Parallel;
import org.dossier.text.Slugs;

/**
 * Groups the figures of every article into figure entities: one per value, unit and counted thing
 * (case, punctuation and a plural {@code s} set aside), its facts those of the first mention in
 * reading order.
 */
final class FigureEntities {

    /** A figure found in an article, with the article's position in the dossier. */
    record Sighting(String article, int order, FigureMention mention) {}

    /** The figure entities of {@code sightings}, given in reading order. */
    List<Entity> assemble(List<Sighting> sightings) {
        List<String> keys = Parallel.map(sightings, s -> key(s.mention()));
        Map<String, List<Sighting>> byKey = new HashMap<>();
        for (int i = 0; i < sightings.size(); i++) {
            byKey.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(sightings.get(i));
        }
        // Keys are unique, so this order is total and does not depend on the map's.
        List<Group> ordered = byKey.entrySet().stream()
                .map(e -> new Group(e.getKey(), idText(e.getValue().get(0).mention()), e.getValue()))
                .sorted(Comparator.comparing(Group::idText).thenComparing(Group::key))
                .toList();
        Slugs slugs = new Slugs();
        List<Entity> entities = new ArrayList<>();
        for (Group figure : ordered) {
            List<Sighting> group = figure.sightings();
            FigureMention first = group.get(0).mention();
            String id = EntityKind.FIGURE.id() + "/" + slugs.unique(figure.idText(), "figure");
            TreeSet<String> aliases = new TreeSet<>();
            List<Mention> mentions = new ArrayList<>();
            List<Sighting> byArticle = new ArrayList<>(group);
            byArticle.sort(Comparator.comparing(Sighting::article));
            for (Sighting sighting : byArticle) {
                FigureMention m = sighting.mention();
                aliases.add(m.span().text());
                mentions.add(new Mention(sighting.article(), m.span(), m.evidence(), m.sentence()));
            }
            entities.add(new Entity(id, EntityKind.FIGURE, name(first), aliases, mentions, Optional.of(first.facts()),
                    Optional.empty()));
        }
        return entities;
    }

    /** The sightings of one figure, under its key and the text its id is made from. */
    private record Group(String key, String idText, List<Sighting> sightings) {}

    private static String name(FigureMention mention) {
        String text = mention.span().text();
        String what = mention.facts().what();
        return what.isBlank() || text.contains(what) ? text : text + " " + what;
    }

    private static String idText(FigureMention mention) {
        return mention.facts().value().stripTrailingZeros().toPlainString() + " " + mention.facts().unit() + " "
                + mention.facts().what();
    }

    private static String key(FigureMention mention) {
        StringBuilder what = new StringBuilder();
        for (String word : mention.facts().what().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                what.append(what.length() == 0 ? "" : " ").append(word.endsWith("s") && word.length() > 3
                        ? word.substring(0, word.length() - 1) : word);
            }
        }
        return mention.facts().value().stripTrailingZeros().toPlainString() + "|" + mention.facts().unit() + "|" + what;
    }
}
