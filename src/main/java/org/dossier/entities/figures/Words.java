package org.dossier.entities.figures;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General English word classes the figure rules need: function words that end a noun phrase,
 * nouns that count persons, time units, months, and a small singulariser.
 *
 * <p>Every list here is ordinary English grammar, not the vocabulary of one subject.
 */
final class Words {

    /** Function words and common verbs: a counted noun phrase never contains them. */
    /**
     * Irregular past forms that are never nouns: "The Bank of England held rates at 5.25%". Left
     * out are those that are also nouns or units: "set", "cut", "left", "won".
     */
    private static final Set<String> IRREGULAR_PAST = Set.of("held", "kept", "sold", "bought", "paid", "spent",
            "took", "made", "gave", "sent", "brought", "built", "began", "became", "told", "met", "saw", "got", "fled",
            "grew", "rose", "fell", "drew", "threw", "struck", "sought", "taught", "caught", "forgot", "chose");
    /** Verbs in -s that are no plural noun: "expects profit of 8 trillion won" is no plural's phrase. */
    private static final Set<String> VERBS_IN_S = Set.of("expects", "sees", "predicts", "wants", "brings", "makes",
            "takes", "gives", "gets", "puts", "earns", "spends", "owes", "holds", "keeps", "lends", "seeks", "asks",
            "says", "receives", "sends", "sells", "buys", "reaches", "exceeds", "pays", "faces", "believes", "thinks");
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
            "some", "any", "each", "every", "all", "both", "either", "neither", "no", "not", "nor", "and", "or",
            "but", "so", "yet", "for", "of", "in", "on", "at", "to", "from", "by", "with", "without", "within",
            "into", "onto", "over", "under", "about", "above", "below", "between", "among", "across", "through",
            "during", "before", "after", "since", "until", "till", "than", "then", "as", "per", "via", "against",
            "toward", "towards", "upon", "around", "near", "despite", "including", "like", "unlike", "is", "are",
            "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
            "shall", "should", "can", "could", "may", "might", "must", "also", "only", "just", "even", "still",
            "already", "now", "there", "here", "when", "where", "while", "who", "whom", "whose", "which", "what",
            "why", "how", "if", "because", "though", "although", "whereas", "it", "they", "them", "he", "she",
            "we", "you", "i", "me", "us", "him", "more", "most", "less", "least", "many", "much", "few", "several",
            "other", "another", "such", "same", "very", "too", "quite", "rather", "said", "says", "say", "told",
            "according", "last", "next", "ago", "later", "earlier", "today", "yesterday", "tomorrow", "again",
            "away", "back", "out", "up", "down", "off", "whether", "once", "twice", "ever", "never",
            "mostly", "mainly", "largely", "respectively", "alone", "together", "overall", "cent", "percent",
            "abroad", "elsewhere", "instead", "meanwhile", "however", "therefore", "nevertheless", "nonetheless");
    /** Nouns whose count is a count of persons. */
    private static final Set<String> PERSONS = Set.of(
            "people", "person", "persons", "troop", "soldier", "worker", "personnel", "sapper", "civilian",
            "refugee", "casualty", "man", "woman", "child", "resident", "citizen", "migrant", "immigrant",
            "emigrant", "employee", "staff", "staffer", "member", "student", "pupil", "patient", "victim",
            "fighter", "militant", "officer", "police", "policeman", "policewoman", "volunteer", "voter",
            "protester", "protestor", "demonstrator", "prisoner", "detainee", "hostage", "inhabitant", "tourist",
            "visitor", "passenger", "pilot", "sailor", "marine", "mercenary", "recruit", "conscript", "reservist",
            "laborer", "labourer", "engineer", "doctor", "nurse", "teacher", "journalist", "official", "diplomat",
            "adult", "baby", "infant", "minor", "youth", "teenager", "evacuee", "survivor", "seeker", "national",
            "expatriate", "pensioner", "guard", "commando", "paratrooper", "serviceman", "servicewoman",
            "delegate", "participant", "spectator", "supporter", "farmer", "miner", "driver", "crew", "crewman",
            "defector", "deserter", "insurgent", "rebel", "guerrilla", "jihadist", "settler", "pilgrim",
            "worshipper", "asylum-seeker", "inmate", "captive", "casualties", "infantry", "infantryman",
            "trooper", "militiaman", "gunman", "attacker", "suspect", "labourers", "individual",
            "household", "family");
    /** Modal verbs: the word after one is a verb, as in {@code would cut}, {@code could hurt}. */
    private static final Set<String> MODALS = Set.of(
            "will", "would", "shall", "should", "can", "could", "may", "might", "must");
    /**
     * Verbs that change an amount, whose bare and -s forms are also nouns: before an object
     * ({@code cut Russia's oil revenues}) they are verbs, not part of the phrase.
     */
    private static final Set<String> CHANGE_VERBS = Set.of(
            "cut", "cuts", "raise", "raises", "lift", "lifts", "boost", "boosts", "slash", "slashes", "trim",
            "trims", "hike", "hikes", "reduce", "reduces", "lower", "lowers", "increase", "increases", "decrease",
            "decreases", "double", "doubles", "halve", "halves", "curb", "curbs");
    /** Verbs of an amount moving by itself, in their bare form: after {@code to} they are verbs ({@code to rise by 5%}). */
    private static final Set<String> MOVEMENT_VERBS = Set.of(
            "rise", "fall", "grow", "drop", "climb", "jump", "decline", "shrink", "soar", "surge", "slip", "ease",
            "sink", "tumble", "plunge", "rebound");
    /** Past participles that, standing alone after a number, count persons: {@code 80,000 evacuated}. */
    private static final Set<String> PERSON_PARTICIPLES = Set.of(
            "killed", "dead", "injured", "wounded", "evacuated", "displaced", "missing", "hurt", "arrested",
            "detained", "died", "captured", "abducted", "kidnapped", "rescued", "stranded", "homeless");
    /** Units of time: a number counting them is a duration or an age, not a claim. */
    private static final Set<String> TIME_UNITS = Set.of(
            "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
            "night", "nights", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months",
            "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries", "millennium", "millennia",
            "generation", "generations", "term", "terms", "season", "seasons", "round", "rounds");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.",
            "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec",
            "dec.");
    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Nouns ending in -ly that are not adverbs. */
    private static final Set<String> LY_NOUNS = Set.of(
            "ally", "family", "supply", "assembly", "rally", "reply", "anomaly", "monopoly", "belly", "jelly",
            "bully", "lily", "tally");
    /** Units of measure by their spellings and abbreviations, in the singular. */
    private static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("km", "kilometre"), Map.entry("kilometer", "kilometre"), Map.entry("mi", "mile"),
            Map.entry("kg", "kilogram"), Map.entry("kilo", "kilogram"), Map.entry("meter", "metre"));
    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
            Map.entry("km", "km"), Map.entry("kg", "kg"),
            Map.entry("people", "people"), Map.entry("personnel", "personnel"), Map.entry("police", "police"),
            Map.entry("staff", "staff"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
            Map.entry("mice", "mouse"), Map.entry("geese", "goose"), Map.entry("aircraft", "aircraft"),
            Map.entry("sheep", "sheep"), Map.entry("cattle", "cattle"), Map.entry("fish", "fish"),
            Map.entry("deer", "deer"), Map.entry("series", "series"), Map.entry("species", "species"),
            Map.entry("news", "news"), Map.entry("lives", "life"), Map.entry("wives", "wife"),
            Map.entry("knives", "knife"), Map.entry("analyses", "analysis"), Map.entry("crises", "crisis"),
            Map.entry("bases", "base"), Map.entry("data", "data"), Map.entry("media", "media"),
            Map.entry("infantry", "infantry"), Map.entry("heroes", "hero"), Map.entry("vetoes", "veto"),
            Map.entry("potatoes", "potato"), Map.entry("tomatoes", "tomato"), Map.entry("torpedoes", "torpedo"),
            Map.entry("goods", "goods"), Map.entry("arms", "arms"), Map.entry("troops", "troop"));
    /** Nouns that are plural in meaning without ending in s. */
    private static final Set<String> PLURAL_WITHOUT_S = Set.of(
            "men", "women", "children", "people", "personnel", "police", "staff", "aircraft", "sheep", "cattle",
            "fish", "deer", "infantry", "crew", "data", "media", "feet", "teeth", "mice", "geese", "km", "kg");

    private Words() {}

    static boolean stop(String lower) {
        return STOP.contains(lower);
    }

    static boolean month(String lower) {
        return MONTHS.contains(lower);
    }

    static boolean weekday(String lower) {
        return WEEKDAYS.contains(lower);
    }

    /**
     * The one name of a unit of measure written in several ways ({@code km}, {@code kilometers},
     * {@code kilometres}), from its singular in lower case; any other word as it is.
     */
    static String measure(String singular) {
        return MEASURES.getOrDefault(singular, singular);
    }

    static boolean timeUnit(String lower) {
        return TIME_UNITS.contains(lower);
    }

    static boolean personParticiple(String lower) {
        return PERSON_PARTICIPLES.contains(lower);
    }

    /** Whether {@code lower} reads as an adverb ({@code recently}) rather than a noun. */
    static boolean adverb(String lower) {
        return lower.length() > 4 && lower.endsWith("ly") && !LY_NOUNS.contains(lower);
    }

    /**
     * Whether {@code lower} is a verb form ending in -ed or -ing, an irregular past form that is
     * no noun ({@code held}, {@code sold}) or a verb in -s that is no plural ({@code expects}),
     * which ends a noun phrase at its head.
     */
    static boolean verbForm(String lower) {
        if (lower.indexOf('-') > 0) {
            return false; // "California-based", "state-owned": a compound before a noun modifies it
        }
        return (lower.length() > 4 && lower.endsWith("ed")) || (lower.length() > 5 && lower.endsWith("ing"))
                || IRREGULAR_PAST.contains(lower) || VERBS_IN_S.contains(lower);
    }

    /** Whether {@code word}, as written, is a modal verb; a capitalised {@code May} is the month. */
    static boolean modal(String word) {
        return MODALS.contains(word);
    }

    /** Whether {@code lower} is a verb that changes an amount ({@code cut}, {@code raises}), read as a verb before its object. */
    static boolean changeVerb(String lower) {
        return CHANGE_VERBS.contains(lower);
    }

    /** Whether {@code lower} is the bare form of a verb that changes an amount, with or without an object. */
    static boolean bareChangeVerb(String lower) {
        return CHANGE_VERBS.contains(lower) && !lower.endsWith("s") || MOVEMENT_VERBS.contains(lower);
    }

    /** Whether {@code lower} reads as a plural noun. */
    static boolean plural(String lower) {
        if (PLURAL_WITHOUT_S.contains(lower)) {
            return true;
        }
        return lower.length() > 2 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("\u2019s");
    }

    /** Whether the noun {@code word} (any case) counts persons, as {@code troops} or {@code Ukrainians} do. */
    static boolean person(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (PERSONS.contains(lower) || PERSONS.contains(singular(lower))) {
            return true;
        }
        // A capitalised plural ending like a demonym counts persons: Ukrainians, Chinese, Israelis.
        return Character.isUpperCase(word.codePointAt(0))
                && (lower.endsWith("ans") || lower.endsWith("ese") || lower.endsWith("is"));
    }

    /** The singular of the lower-case noun {@code lower}: {@code casualties} becomes {@code casualty}. */
    static String singular(String lower) {
        String irregular = IRREGULAR_PLURALS.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (!plural(lower)) {
            return lower;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes")
                || lower.endsWith("zzes")) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower.substring(0, lower.length() - 1);
    }
}
