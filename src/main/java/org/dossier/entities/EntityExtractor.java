package org.dossier.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.figures.FigureExtractor;
import org.dossier.parallel.Parallel;

/**
 * Finds the entities of every article and resolves them across the dossier, in phases: learn the
 * dossier's vocabulary; recognise the names of each article (in parallel); resolve them against
 * what the whole dossier says; assemble entities with stable ids; add the figures; apply the
 * user's curation rules.
 *
 * <pre>{@code
 * EntityCatalog catalog = new EntityExtractor().extract(articles, CurationRules.none(), warnings);
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class EntityExtractor {

    private final ArticleRecogniser recogniser;
    private final FigureExtractor figures;
    private final DossierResolver resolver;
    private final EntityAssembler assembler = new EntityAssembler();

    /** An extractor that reads countries and places from the packed gazetteer. */
    public EntityExtractor() {
        this(GazetteerLookup.packed(), new FigureExtractor());
    }

    /** An extractor with the given gazetteer and figure extractor. */
    public EntityExtractor(GazetteerLookup gazetteer, FigureExtractor figures) {
        Lexicon lexicon = Lexicon.load();
        this.recogniser = new ArticleRecogniser(lexicon, gazetteer);
        this.resolver = new DossierResolver(lexicon);
        this.figures = figures;
    }

    /** Extracts and resolves the entities of {@code articles}. */
    public EntityCatalog extract(List<ArticleText> articles, Diagnostics warnings) {
        return extract(articles, CurationRules.none(), warnings);
    }

    /** Extracts and resolves the entities of {@code articles}, then applies {@code rules}, reporting what each changed. */
    public EntityCatalog extract(List<ArticleText> articles, CurationRules rules, Diagnostics warnings) {
        Vocabulary vocabulary = Vocabulary.of(articles);
        ArticleFindings[] findings = Parallel.map(articles, article -> recogniser.recognise(article, vocabulary))
                .toArray(ArticleFindings[]::new);
        List<BlockSentences> sentences = Arrays.stream(findings).map(f -> new BlockSentences(f.blocks())).toList();
        SortedMap<String, List<TextBlock>> blocks = blocksById(findings);
        List<Entity> entities = named(findings, blocks, sentences);
        entities.addAll(new FigureEntities().assemble(figureSightings(articles)));
        return new EntityCatalog(rules.apply(entities, blocks, warnings));
    }

    /**
     * Extracts like {@link #extract(List, CurationRules, Diagnostics)}, with the same result, but
     * recognises again only the articles {@code memo} cannot vouch for (see {@link RecognitionMemo});
     * the resolution across the dossier runs in full.
     */
    public Extraction extract(List<ArticleText> articles, CurationRules rules, Diagnostics warnings, RecognitionMemo memo) {
        Map<String, RecognitionMemo.Seen> seen = new TreeMap<>();
        List<Set<String>> left = new ArrayList<>();
        List<Set<String>> came = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (ArticleText article : articles) {
            RecognitionMemo.Seen before = memo.seen(article.article());
            if (before != null && before.text().equals(article)) {
                kept.add(article.article());
            } else {
                came.add(Vocabulary.wordsOf(article));
            }
        }
        memo.byArticle().forEach((id, before) -> {
            if (!kept.contains(id)) {
                left.add(before.words());
            }
        });
        Map<String, Integer> counts = RecognitionMemo.recount(memo.wordCounts(), left, came);
        Set<String> changedWords = new HashSet<>();
        counts.keySet().stream().filter(w -> !memo.wordCounts().containsKey(w)).forEach(changedWords::add);
        memo.wordCounts().keySet().stream().filter(w -> !counts.containsKey(w)).forEach(changedWords::add);
        Vocabulary vocabulary = Vocabulary.ofWords(counts.keySet());
        List<RecognitionMemo.Seen> now = Parallel.map(articles, article -> {
                    RecognitionMemo.Seen before = kept.contains(article.article()) ? memo.seen(article.article()) : null;
                    if (before != null && (changedWords.isEmpty() || !RecognitionMemo.writesAny(article, changedWords))) {
                        return before;
                    }
                    ArticleFindings found = recogniser.recognise(article, vocabulary);
                    return new RecognitionMemo.Seen(article,
                            before != null ? before.words() : Vocabulary.wordsOf(article),
                            found,
                            before != null ? before.figures() : figures.extract(article),
                            before != null ? before.sentences() : new BlockSentences(found.blocks()));
                });
        ArticleFindings[] findings = now.stream().map(RecognitionMemo.Seen::findings).toArray(ArticleFindings[]::new);
        SortedMap<String, List<TextBlock>> blocks = blocksById(findings);
        List<Entity> entities = named(findings, blocks, now.stream().map(RecognitionMemo.Seen::sentences).toList());
        List<FigureEntities.Sighting> sightings = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            for (var mention : now.get(i).figures()) {
                sightings.add(new FigureEntities.Sighting(articles.get(i).article(), i, mention));
            }
        }
        entities.addAll(new FigureEntities().assemble(sightings));
        now.forEach(s -> seen.put(s.text().article(), s));
        return new Extraction(new EntityCatalog(rules.apply(entities, blocks, warnings)), new RecognitionMemo(seen, counts));
    }

    /**
     * The result of an extraction with a memo.
     *
     * @param catalog the entities
     * @param memo what to hand the next extraction of the same dossier
     */
    public record Extraction(EntityCatalog catalog, RecognitionMemo memo) {}

    /**
     * The entities other than figures that {@code findings} name, resolved across the dossier;
     * {@code blocks} holds the blocks of each article by its id, and {@code sentences} the
     * sentences of each article's blocks, in the order of {@code findings}. The array is emptied
     * as its articles are resolved.
     */
    private List<Entity> named(ArticleFindings[] findings, SortedMap<String, List<TextBlock>> blocks,
            List<BlockSentences> sentences) {
        Map<String, BlockSentences> sentencesById = new HashMap<>();
        for (int i = 0; i < findings.length; i++) {
            sentencesById.put(findings[i].id(), sentences.get(i));
        }
        return new ArrayList<>(assembler.assemble(resolver.resolve(findings), blocks, sentencesById));
    }

    /** The blocks of each article, by article id. */
    private static SortedMap<String, List<TextBlock>> blocksById(ArticleFindings[] findings) {
        SortedMap<String, List<TextBlock>> blocks = new TreeMap<>();
        for (ArticleFindings article : findings) {
            blocks.put(article.id(), article.blocks());
        }
        return blocks;
    }

    private List<FigureEntities.Sighting> figureSightings(List<ArticleText> articles) {
        return Parallel.range(articles.size(), i -> figures.extract(articles.get(i)).stream()
                        .map(m -> new FigureEntities.Sighting(articles.get(i).article(), i, m)).toList())
                .stream()
                .flatMap(List::stream)
                .toList();
    }
}
