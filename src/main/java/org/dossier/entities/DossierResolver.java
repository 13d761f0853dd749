package org.dossier.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.parallel.Parallel;

/**
 * Resolves the findings of every article to entities of the dossier. A full name the sentence
 * marks as a person's is one; a full name nothing marks is one when the dossier marks it
 * elsewhere. A one-word mention ({@code Lavrov}, {@code Mr Kim}) is the person the same article
 * names in full with that first or last word; where the article never gives the full name, it is
 * the one person of that name the dossier knows, provided the country the dossier ties that
 * person to is named in the article too. When several people share the word, the one the dossier
 * names in at least {@value #DOMINANCE} times as many articles as any other is taken, and
 * otherwise none. A short form the lexicon lists ({@code NATO}, {@code Kremlin}) that nothing else
 * resolves is the organisation it stands for.
 *
 * <p>Immutable and thread-safe.
 */
final class DossierResolver {

    static final int DOMINANCE = 3;

    private final Lexicon lexicon;

    private static final java.util.regex.Pattern ADMINISTRATIVE = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:region|province|oblast|krai|district|county|prefecture|governorate|municipality)$");
    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("^(?i)the\\s+");

    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");

    /** A resolver that reads the organisations {@code lexicon} lists by their short forms. */
    DossierResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Every finding of {@code articles} that resolves, in article order, in a list the caller may
     * change. Each article's place in the array is emptied once it is resolved, so that a large
     * dossier's findings can be let go while the rest resolve.
     */
    List<Resolved> resolve(ArticleFindings[] articles) {
        Knowledge knowledge = Knowledge.of(Arrays.asList(articles));
        // Each article resolves against the dossier's knowledge alone, so articles run in parallel.
        return Parallel.range(articles.length, order -> {
                    ArticleFindings article = articles[order];
                    articles[order] = null;
                    return new ArticleResolution(article, knowledge, lexicon).resolve();
                })
                .stream()
                .flatMap(List::stream)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** What the whole dossier says: the people named in full, organisations, places, acronyms. */
    private record Knowledge(
            PersonDirectory people,
            Set<String> organisations,
            Map<String, Set<String>> acronyms,
            Map<String, String> cuedAcronyms,
            Map<String, Finding> places,
            Map<String, Integer> fullNameArticles) {

        static Knowledge of(List<ArticleFindings> articles) {
            List<PersonDirectory.Sighting> sightings = new ArrayList<>();
            Set<String> organisations = new HashSet<>();
            Map<String, Set<String>> acronyms = new HashMap<>();
            Map<String, String> cuedAcronyms = new HashMap<>();
            Map<String, Finding> places = new TreeMap<>();
            for (ArticleFindings article : articles) {
                for (Finding f : article.names()) {
                    if (f.kind() == EntityKind.ORGANISATION && f.form() == Finding.Form.FULL) {
                        organisations.add(organisationKey(f.surface()));
                    }
                }
            }
            for (int order = 0; order < articles.size(); order++) {
                ArticleFindings article = articles.get(order);
                for (Finding f : article.names()) {
                    if (f.kind() == EntityKind.PERSON && f.form() == Finding.Form.FULL && f.cued()) {
                        if (marksPerson(f, organisations)) {
                            sightings.add(new PersonDirectory.Sighting(article.id(), order, f));
                        }
                    } else if (f.kind() == EntityKind.ORGANISATION && f.cued()) {
                        cuedAcronyms.putIfAbsent(f.surface(), f.evidence().orElseThrow());
                    } else if (f.kind() == EntityKind.PLACE && f.cued()) {
                        places.putIfAbsent(PersonNames.key(f.surface()), f);
                    }
                }
                for (GeoFinding geo : article.geo()) {
                    if (geo.finding().kind() == EntityKind.PLACE) {
                        places.putIfAbsent(placeKey(geo.name()), geo.finding());
                    }
                }
                article.acronyms().forEach((acronym, name) ->
                        acronyms.computeIfAbsent(acronym, a -> new TreeSet<>()).add(organisationKey(name)));
            }
            PersonDirectory people = PersonDirectory.of(sightings);
            // Who each article names is read in parallel; the counts are sums, the same in any order.
            Map<String, Integer> counts = new HashMap<>();
            Parallel.map(articles, article -> peopleNamedIn(article, people))
                    .forEach(named -> named.forEach(c -> counts.merge(c, 1, Integer::sum)));
            return new Knowledge(people, organisations, acronyms, cuedAcronyms, places, counts);
        }

        /**
         * Whether the sentence around {@code f} marks it as a person's name. A verb of saying beside
         * it does not where the dossier names an organisation so: "Morgan Stanley said" where
         * another sentence has "analysts at Morgan Stanley".
         */
        boolean marksPerson(Finding f) {
            return marksPerson(f, organisations);
        }

        private static boolean marksPerson(Finding f, Set<String> organisations) {
            return f.cued() && !(f.spokenOnly() && organisations.contains(organisationKey(f.surface())));
        }

        /** The clusters of the people {@code article} names in full. */
        private static Set<String> peopleNamedIn(ArticleFindings article, PersonDirectory people) {
            Set<String> named = new HashSet<>();
            for (Finding f : article.names()) {
                if (f.kind() == EntityKind.PERSON && f.form() == Finding.Form.FULL) {
                    people.clusterOf(f.surface()).ifPresent(named::add);
                }
            }
            return named;
        }

        /** How many articles name the person of {@code cluster} in full. */
        int articleCount(String cluster) {
            return fullNameArticles.getOrDefault(cluster, 0);
        }
    }

    /** The name key of a place, an administrative noun after it set aside: "Kursk Oblast" is "Kursk". */
    static String placeKey(String name) {
        return PersonNames.key(name.indexOf(' ') < 0 ? name : ADMINISTRATIVE.matcher(name).replaceFirst(""));
    }

    /** The name key of an organisation, a leading "the" set aside. */
    static String organisationKey(String name) {
        boolean leadingThe = name.regionMatches(true, 0, "the", 0, 3);
        return PersonNames.key(leadingThe ? LEADING_THE.matcher(name).replaceFirst("") : name);
    }

    /** The resolution of one article. */
    private static final class ArticleResolution {

        private final ArticleFindings article;
        private final Knowledge knowledge;
        private final Lexicon lexicon;
        private final Map<String, Integer> blockOrder = new HashMap<>();
        private final Set<String> countries = new TreeSet<>();
        private final List<Resolved> out = new ArrayList<>();
        private final Map<String, Resolved> firstFullName = new TreeMap<>();
        /**
         * The article's full names of two words or more that nothing marks as a person's and the
         * dossier does not know, outside the title and standfirst, by the key of their first word.
         */
        private final Map<String, List<Finding>> unmarkedFullNames = new HashMap<>();
        private final Map<String, List<String>> organisationWords = new HashMap<>();

        ArticleResolution(ArticleFindings article, Knowledge knowledge, Lexicon lexicon) {
            this.article = article;
            this.knowledge = knowledge;
            this.lexicon = lexicon;
            for (int i = 0; i < article.blocks().size(); i++) {
                blockOrder.put(article.blocks().get(i).id(), i);
            }
        }

        List<Resolved> resolve() {
            Set<String> nameWords = fullPersonNameWords();
            List<GeoFinding> surnames = new ArrayList<>();
            for (GeoFinding geo : article.geo()) {
                Finding f = geo.finding();
                if (f.kind() == EntityKind.PLACE && nameWords.contains(PersonNames.key(f.surface()))) {
                    // "John Bolton ... Bolton was fired": decided once the article's people are known.
                    surnames.add(geo);
                    continue;
                }
                addPlace(geo);
            }
            List<Finding> pending = new ArrayList<>();
            for (Finding f : article.names()) {
                if (f.form() == Finding.Form.FULL) {
                    resolveFull(f, pending);
                } else if (f.form() == Finding.Form.ACRONYM) {
                    resolveAcronym(f);
                } else {
                    pending.add(f);
                }
            }
            for (Finding f : pending) {
                resolveShort(f);
            }
            for (GeoFinding geo : surnames) {
                resolvePlaceOrSurname(geo);
            }
            return out;
        }

        private void addPlace(GeoFinding geo) {
            Finding f = geo.finding();
            out.add(new Resolved(article.id(), f.kind(), placeKey(geo.name()), f, f.evidence().orElse(""),
                    geo.country(), Optional.of(geo.name())));
            if (f.kind() == EntityKind.COUNTRY) {
                countries.add(geo.name());
            }
        }

        /** The first and last words of the full names the article may give a person, as keys. */
        private Set<String> fullPersonNameWords() {
            Set<String> words = new HashSet<>();
            for (Finding f : article.names()) {
                if (f.kind() == EntityKind.PERSON && f.form() == Finding.Form.FULL) {
                    List<String> parts = PersonNames.parts(f.surface());
                    words.add(parts.get(0));
                    words.add(parts.get(parts.size() - 1));
                }
            }
            return words;
        }

        /**
         * A place's name that is also the first or last word of one person's full name in the same
         * article ("Bolton" after "John Bolton", "Austin" after "Lloyd Austin") is that person.
         */
        private void resolvePlaceOrSurname(GeoFinding geo) {
            Finding f = geo.finding();
            List<String> people = firstFullName.keySet().stream()
                    .filter(cluster -> PersonNames.isPartOf(f.surface(), firstFullName.get(cluster).surface())).toList();
            if (people.size() != 1) {
                addPlace(geo);
                return;
            }
            Resolved full = firstFullName.get(people.get(0));
            String when = position(full.block(), full.start()) < position(f.block(), f.start()) ? "earlier" : "later";
            Finding person = new Finding(EntityKind.PERSON, Finding.Form.SHORT, f.block(), f.start(), f.end(), f.surface(),
                    Optional.empty(), Optional.empty(), false);
            addPerson(people.get(0), person, "full name " + when + " in the same article (\"" + full.surface() + "\", "
                    + full.block() + "), not the place " + geo.name());
        }

        private void resolveFull(Finding f, List<Finding> pending) {
            switch (f.kind()) {
                case PERSON -> resolveFullPerson(f, pending);
                case ORGANISATION -> resolveOrganisation(f);
                case PLACE -> add(EntityKind.PLACE, placeKey(f.surface()), f, f.evidence().orElse(""), Optional.empty());
                default -> { }
            }
        }

        private void resolveFullPerson(Finding f, List<Finding> pending) {
            Optional<String> cluster = knowledge.people().clusterOf(f.surface());
            if (cluster.isPresent() && knowledge.marksPerson(f)) {
                addPerson(cluster.get(), f, f.evidence().get());
            } else if (cluster.isPresent()) {
                PersonDirectory.Sighting first = knowledge.people().sightings(cluster.get()).get(0);
                addPerson(cluster.get(), f, "named as a person " + where(first) + ": \"" + first.finding().surface() + "\", "
                        + first.finding().evidence().orElse("").replaceFirst("^person: ", ""));
            } else if (knowledge.organisations().contains(organisationKey(f.surface()))) {
                String why = "organisation: the dossier names \"" + f.surface() + "\" as an organisation";
                if (f.spokenOnly()) {
                    why += "; a verb of saying (" + f.evidence().orElseThrow().replaceFirst("^person: ", "")
                            + ") marks a body as well as a person";
                }
                add(EntityKind.ORGANISATION, organisationKey(f.surface()), f, why, Optional.empty());
            } else if (knowledge.places().containsKey(PersonNames.key(f.surface()))) {
                add(EntityKind.PLACE, PersonNames.key(f.surface()), f, placeEvidence(f), Optional.empty());
            } else if (lexicon.organisationNamed(f.surface()).isPresent()) {
                addKnownOrganisation(f);
            } else {
                // "Under-fire Putin": an unmarked run may end (or start) with a name the article gives in full.
                List<String> parts = PersonNames.parts(f.surface());
                if (parts.size() >= 2 && !Span.TITLE.equals(f.block()) && !Span.STANDFIRST.equals(f.block())) {
                    unmarkedFullNames.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(f);
                }
                String[] words = f.surface().split(" ");
                int lastStart = f.end() - words[words.length - 1].length();
                pending.add(new Finding(EntityKind.PERSON, Finding.Form.SHORT, f.block(), lastStart, f.end(),
                        words[words.length - 1], Optional.empty(), f.affiliation(), false));
            }
        }

        private void resolveAcronym(Finding f) {
            String acronym = f.surface();
            String longName = article.acronyms().get(acronym);
            if (longName != null) {
                add(EntityKind.ORGANISATION, organisationKey(longName), f,
                        f.evidence().orElse("organisation: defined in this article as \"" + longName + "\""), Optional.empty());
                return;
            }
            Optional<Finding> spelled = initialsOf(acronym);
            if (spelled.isPresent()) {
                add(EntityKind.ORGANISATION, organisationKey(spelled.get().surface()), f, "organisation: the initials of \""
                        + spelled.get().surface() + "\" in the same article (" + spelled.get().block() + ")", Optional.empty());
                return;
            }
            Set<String> defined = knowledge.acronyms().getOrDefault(acronym, Set.of());
            if (defined.size() == 1) {
                add(EntityKind.ORGANISATION, defined.iterator().next(), f,
                        "organisation: the dossier defines \"" + acronym + "\" in brackets after its full name", Optional.empty());
            } else if (defined.isEmpty() && lexicon.organisationNamed(acronym).isPresent()) {
                addKnownOrganisation(f);
            } else if (defined.isEmpty() && (f.cued() || knowledge.cuedAcronyms().containsKey(acronym))) {
                add(EntityKind.ORGANISATION, organisationKey(acronym), f,
                        f.evidence().orElseGet(() -> "organisation: the dossier names \"" + acronym + "\" as one ("
                                + knowledge.cuedAcronyms().get(acronym).replaceFirst("^organisation: ", "") + ")"),
                        Optional.empty());
            }
        }

        /** The one organisation of the article whose capitalised words' initials spell {@code acronym} ("WHO"). */
        private Optional<Finding> initialsOf(String acronym) {
            Map<String, Finding> spelled = new TreeMap<>();
            for (Finding other : article.names()) {
                if (other.kind() == EntityKind.ORGANISATION && other.form() == Finding.Form.FULL
                        && initials(other.surface()).equals(acronym.replace(".", ""))) {
                    spelled.putIfAbsent(organisationKey(other.surface()), other);
                }
            }
            return spelled.size() == 1 ? Optional.of(spelled.values().iterator().next()) : Optional.empty();
        }

        private static String initials(String name) {
            StringBuilder out = new StringBuilder();
            for (String word : WORD_BREAKS.split(name)) {
                if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                    out.append(word.charAt(0));
                }
            }
            return out.toString();
        }

        private void resolveShort(Finding f) {
            int before = out.size();
            resolveWord(f);
            if (out.size() == before && f.surface().indexOf('-') > 0) {
                resolveCompound(f);
            }
        }

        /** "the Kim-Putin partnership": each capitalised part the article names in full is a mention. */
        private void resolveCompound(Finding f) {
            int at = 0;
            for (String part : f.surface().split("-")) {
                int start = f.start() + at;
                at += part.length() + 1;
                if (part.length() < 2 || !Character.isUpperCase(part.codePointAt(0))) {
                    continue;
                }
                List<String> inArticle = knowledge.people().clustersCalled(part).stream()
                        .filter(firstFullName::containsKey).toList();
                Optional<String> chosen = inArticle.isEmpty() ? Optional.empty() : dominant(inArticle);
                if (chosen.isPresent()) {
                    Resolved full = firstFullName.get(chosen.get());
                    Finding piece = new Finding(EntityKind.PERSON, Finding.Form.SHORT, f.block(), start, start + part.length(),
                            part, Optional.empty(), Optional.empty(), false);
                    addPerson(chosen.get(), piece, "part of \"" + f.surface() + "\"; full name in the same article (\""
                            + full.surface() + "\", " + full.block() + ")" + ambiguity(chosen.get(), inArticle));
                }
            }
        }

        private void resolveWord(Finding f) {
            List<String> called = knowledge.people().clustersCalled(f.surface());
            List<String> inArticle = called.stream().filter(firstFullName::containsKey).toList();
            if (!inArticle.isEmpty()) {
                Optional<String> chosen = dominant(inArticle).filter(cluster -> !sharedWithUnmarkedName(f, cluster));
                if (chosen.isPresent()) {
                    Resolved full = firstFullName.get(chosen.get());
                    String when = position(full.block(), full.start()) < position(f.block(), f.start()) ? "earlier" : "later";
                    addPerson(chosen.get(), f, "full name " + when + " in the same article (\"" + full.surface()
                            + "\", " + full.block() + ")" + ambiguity(chosen.get(), inArticle));
                }
                return;
            }
            String key = PersonNames.key(f.surface());
            if (!f.honorific() && knowledge.places().containsKey(key)) {
                add(EntityKind.PLACE, key, f, placeEvidence(f), Optional.empty());
                return;
            }
            if (!f.honorific() && knowledge.organisations().contains(key)) {
                add(EntityKind.ORGANISATION, key, f, "organisation: the dossier names \"" + f.surface() + "\" as one",
                        Optional.empty());
                return;
            }
            if (!f.honorific() && called.isEmpty() && lexicon.organisationNamed(f.surface()).isPresent()) {
                addKnownOrganisation(f);
                return;
            }
            resolveFromDossier(f, called);
        }

        /**
         * Whether the article's paragraphs also give in full, unmarked, another name that opens with
         * {@code f}, as the chosen full name does: "Kim" stays unlinked where "Kim Yo Jong" is named
         * as a person and "Kim Jong Un" only stands in a quote. Names that end in the word are left
         * out, as "Defiant Putin" is no other Putin; so are headlines, whose every word is capitalised.
         */
        private boolean sharedWithUnmarkedName(Finding f, String cluster) {
            String chosen = firstFullName.get(cluster).surface();
            String word = PersonNames.key(f.surface());
            if (!PersonNames.parts(chosen).get(0).equals(word)) {
                return false;
            }
            return unmarkedFullNames.getOrDefault(word, List.of()).stream()
                    .anyMatch(unmarked -> !PersonNames.samePerson(unmarked.surface(), chosen));
        }

        /** "Mr Kim" in an article that never gives his full name: the one Kim the dossier knows. */
        private void resolveFromDossier(Finding f, List<String> called) {
            Optional<String> chosen = dominant(called);
            if (chosen.isEmpty()) {
                return;
            }
            Set<String> agreeing = new TreeSet<>(knowledge.people().affiliations(chosen.get()).keySet());
            agreeing.retainAll(countries);
            if (agreeing.isEmpty()) {
                return;
            }
            String country = agreeing.iterator().next();
            PersonDirectory.Sighting tied = knowledge.people().sightings(chosen.get()).stream()
                    .filter(s -> s.finding().affiliation().filter(country::equals).isPresent())
                    .findFirst().orElseThrow();
            String who = called.size() == 1 ? "the one person called \"" + f.surface() + "\" the dossier names in full"
                    : "the person called \"" + f.surface() + "\" the dossier names most" + ambiguity(chosen.get(), called);
            addPerson(chosen.get(), f, who + ", tied to " + country + " (\"" + tied.finding().surface() + "\" "
                    + where(tied) + "), and this article names " + country);
        }

        /** The one cluster of {@code clusters}, or the one named in far more articles than the rest. */
        private Optional<String> dominant(List<String> clusters) {
            if (clusters.size() == 1) {
                return Optional.of(clusters.get(0));
            }
            String best = null;
            int bestCount = 0;
            int second = 0;
            for (String cluster : clusters) {
                int count = knowledge.articleCount(cluster);
                if (count > bestCount) {
                    second = bestCount;
                    bestCount = count;
                    best = cluster;
                } else {
                    second = Math.max(second, count);
                }
            }
            return bestCount >= DOMINANCE * second && bestCount - second >= 2 ? Optional.of(best) : Optional.empty();
        }

        private String ambiguity(String chosen, List<String> clusters) {
            if (clusters.size() == 1) {
                return "";
            }
            StringBuilder others = new StringBuilder();
            for (String cluster : clusters) {
                if (!cluster.equals(chosen)) {
                    others.append(others.length() == 0 ? "" : ", ")
                            .append(knowledge.people().sightings(cluster).get(0).finding().surface()).append(" in ")
                            .append(knowledge.articleCount(cluster));
                }
            }
            return "; of the people with that name, the dossier names this one in "
                    + knowledge.articleCount(chosen) + " articles (" + others + ")";
        }

        private String placeEvidence(Finding f) {
            Finding known = knowledge.places().get(PersonNames.key(f.surface()));
            return "place: the dossier names \"" + known.surface() + "\" as a place (" + known.evidence().orElse("")
                    .replaceFirst("^place: ", "") + ")";
        }

        private String where(PersonDirectory.Sighting sighting) {
            String block = sighting.finding().block();
            return sighting.article().equals(article.id()) ? "in this article (" + block + ")"
                    : "in " + sighting.article() + " (" + block + ")";
        }

        private void resolveOrganisation(Finding f) {
            Optional<Finding> longer = longerName(f);
            String evidence = f.evidence().orElse("") + longer.map(l -> "; short form of \"" + l.surface()
                    + "\" in the same article (" + l.block() + ")").orElse("");
            add(EntityKind.ORGANISATION, longer.map(l -> organisationKey(l.surface())).orElse(organisationKey(f.surface())),
                    f, evidence, Optional.empty());
        }

        /** The one longer organisation name of the article that {@code f} is a short form of ("Crisis Group"). */
        private Optional<Finding> longerName(Finding f) {
            List<String> parts = organisationWords(f);
            if (parts.size() < 2) {
                return Optional.empty();
            }
            Map<String, Finding> longer = new TreeMap<>();
            for (Finding other : article.names()) {
                if (other.kind() != EntityKind.ORGANISATION || other.form() != Finding.Form.FULL) {
                    continue;
                }
                List<String> otherParts = organisationWords(other);
                if (otherParts.size() > parts.size()
                        && otherParts.subList(otherParts.size() - parts.size(), otherParts.size()).equals(parts)) {
                    longer.putIfAbsent(organisationKey(other.surface()), other);
                }
            }
            return longer.size() == 1 ? Optional.of(longer.values().iterator().next()) : Optional.empty();
        }

        /** The word keys of an organisation's name without a leading "the", read once per surface. */
        private List<String> organisationWords(Finding f) {
            return organisationWords.computeIfAbsent(f.surface(),
                    surface -> PersonNames.parts(LEADING_THE.matcher(surface).replaceFirst("")));
        }

        private int position(String block, int start) {
            return blockOrder.getOrDefault(block, 0) * 1_000_000 + start;
        }

        /** "NATO", "the Kremlin": a short form of an organisation the lexicon lists. */
        private void addKnownOrganisation(Finding f) {
            String name = lexicon.organisationNamed(f.surface()).orElseThrow();
            String why = name.equals(f.surface()) ? "organisation: \"" + name + "\" (lexicon/organisations.tsv)"
                    : "organisation: \"" + f.surface() + "\" is the " + name + " (lexicon/organisations.tsv)";
            add(EntityKind.ORGANISATION, organisationKey(name), f, why, Optional.empty());
        }

        private void addPerson(String cluster, Finding f, String evidence) {
            Resolved resolved = add(EntityKind.PERSON, cluster, f, evidence, Optional.empty());
            if (f.form() == Finding.Form.FULL) {
                Resolved first = firstFullName.get(cluster);
                if (first == null || position(f.block(), f.start()) < position(first.block(), first.start())) {
                    firstFullName.put(cluster, resolved);
                }
            }
        }

        private Resolved add(EntityKind kind, String key, Finding f, String evidence, Optional<String> country) {
            Resolved resolved = new Resolved(article.id(), kind, key, f, evidence, country, Optional.empty());
            out.add(resolved);
            return resolved;
        }
    }
}
