package org.dossier.views.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.entities.FigureFacts;

/**
 * Reads what a figure measures from its facts and the text around it.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>The counted thing is the head noun of {@code what} (its last word before any
 *       prepositional phrase), singular, with lower-case modifiers kept ({@code military
 *       construction worker}) and generic ones dropped ({@code more}, {@code additional}).
 *       Nouns for armed personnel ({@code troops}, {@code soldiers}, {@code forces}, ...) fold to
 *       {@code troop}.</li>
 *   <li>The qualifier is the capitalised words before the head ({@code North Korean}), a
 *       possessive losing its {@code 's}.</li>
 *   <li>When {@code what} is only a pronoun ({@code them}) and the unit is people, the head and
 *       qualifier come from the last noun for people earlier in the same sentence.</li>
 *   <li>A figure that the sentence gives as another estimate of the quantity just before it
 *       ({@code put the total at around 4,000}) is flagged so the ledger gives it that measure.</li>
 *   <li>A figure counts casualties when the clause after it (up to the next comma or stop) says
 *       killed, wounded, dead, died, injured, captured or casualties.</li>
 * </ol>
 */
public final class MeasureReader {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("troop", "troop"), Map.entry("soldier", "troop"), Map.entry("force", "troop"),
            Map.entry("serviceman", "troop"), Map.entry("servicemen", "troop"),
            Map.entry("servicemember", "troop"), Map.entry("personnel", "troop"),
            Map.entry("fighter", "troop"), Map.entry("combatant", "troop"), Map.entry("infantryman", "troop"),
            Map.entry("infantrymen", "troop"));
    private static final Set<String> GENERIC = Set.of("more", "additional", "another", "extra", "new", "other",
            "some", "further", "estimated", "total", "around", "about", "nearly", "almost", "over", "the", "a",
            "an", "those", "these", "its", "their", "his", "her", "our", "such", "of", "fresh");
    private static final Set<String> PRONOUNS = Set.of("them", "those", "these", "they", "which", "whom", "it");
    private static final Set<String> PREPOSITIONS = Set.of("in", "to", "at", "on", "from", "for", "with", "near",
            "across", "into", "inside", "along", "during", "since", "by", "who", "that", "which", "being");
    private static final Pattern PEOPLE_NOUN_PATTERN = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){0,3})(troops|soldiers|forces|servicemen|personnel|fighters|combatants|workers|labou?rers|civilians|refugees|prisoners|people)\\b");
    private static final Pattern CASUALTY = Pattern.compile(
            "\\b(killed|dead|died|wounded|injured|captured|casualties|slain)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESTATES = Pattern.compile(
            "\\b(?:total|toll|tally|count|number|figure|estimate)\\s+(?:at|to|as)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[,;.:!?\u2013\u2014]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Pattern SIBILANT_PLURAL = Pattern.compile(".*(ches|shes|sses|xes)");

    /**
     * The measure of a figure.
     *
     * @param facts the figure's facts
     * @param before the text of the same sentence before the figure
     * @param after the text of the same sentence after the figure
     */
    public Reading read(FigureFacts facts, String before, String after) {
        List<String> words = words(facts.what());
        boolean casualties = CASUALTY.matcher(clause(after)).find() || CASUALTY.matcher(facts.what()).find();
        boolean restates = RESTATES.matcher(before).find();
        List<String> content = words.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .filter(w -> !GENERIC.contains(w)).toList();
        if (content.isEmpty() || PRONOUNS.containsAll(content)) {
            return fromSentence(facts.unit(), before, casualties)
                    .map(m -> new Reading(m, Optional.of("counts \u201c" + facts.what() + "\u201d: taken as the "
                            + m.label() + " named before it in the sentence"), restates))
                    .orElse(new Reading(new Measure(facts.unit(), "", "", casualties), Optional.empty(), restates));
        }
        return new Reading(fromWords(facts.unit(), words, casualties), Optional.empty(), restates);
    }

    /**
     * What a figure measures, and how that was read when the figure's own words did not say.
     *
     * @param measure the measure
     * @param note the reason, when the measure comes from the rest of the sentence
     * @param restatesPrevious whether the sentence puts this figure as another estimate of the
     *     quantity just before it ({@code put the total at around 4,000})
     */
    public record Reading(Measure measure, Optional<String> note, boolean restatesPrevious) {}

    private static Measure fromWords(String unit, List<String> words, boolean casualties) {
        List<String> qualifier = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        for (String word : words) {
            if (Character.isUpperCase(word.codePointAt(0))) {
                qualifier.add(POSSESSIVE.matcher(word).replaceAll(""));
            } else if (!GENERIC.contains(word.toLowerCase(Locale.ROOT))) {
                modifiers.add(word.toLowerCase(Locale.ROOT));
            }
        }
        if (modifiers.isEmpty()) {
            return new Measure(unit, "", String.join(" ", qualifier), casualties);
        }
        String head = singular(modifiers.get(modifiers.size() - 1));
        String folded = SYNONYMS.get(head);
        if (folded != null) {
            return new Measure(unit, folded, String.join(" ", qualifier), casualties);
        }
        modifiers.set(modifiers.size() - 1, head);
        return new Measure(unit, String.join(" ", modifiers), String.join(" ", qualifier), casualties);
    }

    private static Optional<Measure> fromSentence(String unit, String before, boolean casualties) {
        if (!unit.equals("people")) {
            return Optional.empty();
        }
        Matcher noun = PEOPLE_NOUN_PATTERN.matcher(before);
        Measure found = null;
        while (noun.find()) {
            List<String> words = new ArrayList<>(words(noun.group(1)));
            words.add(noun.group(2));
            found = fromWords(unit, words, casualties);
        }
        return Optional.ofNullable(found);
    }

    /** The words of a noun phrase up to its first preposition or relative pronoun, bare of punctuation. */
    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String raw : WHITESPACE.split(phrase.strip())) {
            String word = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            if (!words.isEmpty() && PREPOSITIONS.contains(word)) {
                break;
            }
            words.add(word);
        }
        return words;
    }

    private static String clause(String after) {
        Matcher end = CLAUSE_END.matcher(after);
        return end.find() ? after.substring(0, end.start()) : after;
    }

    /** The thing a head noun counts: its singular, with the nouns for armed personnel folded to {@code troop}. */
    static String thing(String noun) {
        String head = singular(noun.toLowerCase(Locale.ROOT));
        return SYNONYMS.getOrDefault(head, head);
    }

    static String singular(String noun) {
        if (noun.endsWith("men") || noun.equals("personnel") || noun.equals("people") || noun.endsWith("ss")) {
            return noun;
        }
        if (noun.endsWith("ies") && noun.length() > 4) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (SIBILANT_PLURAL.matcher(noun).matches()) {
            return noun.substring(0, noun.length() - 2);
        }
        if (noun.endsWith("s") && !noun.endsWith("us") && !noun.endsWith("is")) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }
}
