package org.dossier.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.figures.FigureExtractor;

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
    private final DossierResolver resolver = new DossierResolver();
    private final EntityAssembler assembler = new EntityAssembler();

    /** An extractor that reads countries and places from the packed gazetteer. */
    public EntityExtractor() {
        this(GazetteerLookup.packed(), new FigureExtractor());
    }

    /** An extractor with the given gazetteer and figure extractor. */
    public EntityExtractor(GazetteerLookup gazetteer, FigureExtractor figures) {
        this.recogniser = new ArticleRecogniser(Lexicon.load(), gazetteer);
        this.figures = figures;
    }

    /** Extracts and resolves the entities of {@code articles}. */
    public EntityCatalog extract(List<ArticleText> articles, Diagnostics warnings) {
        return extract(articles, CurationRules.none(), warnings);
    }

    /** Extracts and resolves the entities of {@code articles}, then applies {@code rules}, reporting what each changed. */
    public EntityCatalog extract(List<ArticleText> articles, CurationRules rules, Diagnostics warnings) {
        Vocabulary vocabulary = Vocabulary.of(articles);
        List<ArticleFindings> findings = IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> recogniser.recognise(articles.get(i), vocabulary))
                .toList();
        Map<String, ArticleFindings> byId = new TreeMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        List<Entity> entities = new ArrayList<>(assembler.assemble(resolver.resolve(findings), byId));
        entities.addAll(new FigureEntities().assemble(figureSightings(articles)));
        return new EntityCatalog(rules.apply(entities, findings, warnings));
    }

    private List<FigureEntities.Sighting> figureSightings(List<ArticleText> articles) {
        return IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> figures.extract(articles.get(i)).stream()
                        .map(m -> new FigureEntities.Sighting(articles.get(i).article(), i, m)).toList())
                .flatMap(List::stream)
                .toList();
    }
}
