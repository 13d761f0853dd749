package org.dossier.views.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityKind;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Mention;
import org.dossier.link.LinkedDossier;
import org.dossier.parallel.Parallel;
import org.dossier.views.ArticleRef;
import org.dossier.views.ArticleTexts;

/**
 * The figures of a dossier in rows, gathered into groups by what they measure.
 *
 * <p>A figure entity gives one row per article that states it (the first statement in the body).
 * Two figures share a group when their {@link Measure}s are equal; a figure whose counted thing
 * is not said, or whose measure no other figure shares, stands alone. Where a figure's own words
 * leave its subject open, {@link SubjectFromContext} completes it from the figures and headline
 * around it, and the row says so. Within a group, one article's repetitions of the same value are
 * one row.
 */
public final class FigureLedger {

    private final List<FigureGroup> groups;
    private final List<LedgerRow> singles;

    private FigureLedger(List<FigureGroup> groups, List<LedgerRow> singles) {
        this.groups = List.copyOf(groups);
        this.singles = List.copyOf(singles);
    }

    /** The ledger of {@code dossier}. */
    public static FigureLedger of(LinkedDossier dossier) {
        ArticleTexts texts = new ArticleTexts(dossier);
        MeasureReader reader = new MeasureReader();
        // Each figure is read on its own, in parallel; the rows are then put in reading order.
        List<Entity> figures = dossier.catalog().ofKind(EntityKind.FIGURE).stream()
                .filter(figure -> figure.figure().isPresent())
                .toList();
        List<SubjectFromContext.Read> rows = new ArrayList<>();
        Parallel.map(figures, figure -> firstPerArticle(figure, texts).stream()
                        .map(mention -> read(figure.id(), figure.figure().get(), mention, texts, reader))
                        .toList())
                .forEach(rows::addAll);
        rows.sort(Comparator.comparing((SubjectFromContext.Read r) -> texts.order(r.row().article().id()))
                .thenComparing(r -> texts.position(r.row().article().id(), r.row().span()))
                .thenComparing(r -> r.row().figure()));
        return gather(SubjectFromContext.complete(rows, texts));
    }

    /** The groups of two or more figures, the largest first. */
    public List<FigureGroup> groups() {
        return groups;
    }

    /** The figures that belong to no group, in reading order. */
    public List<LedgerRow> singles() {
        return singles;
    }

    private static List<Mention> firstPerArticle(Entity figure, ArticleTexts texts) {
        Map<String, Mention> first = new TreeMap<>();
        for (Mention mention : figure.mentions()) {
            if (texts.article(mention.article()).isEmpty()) {
                continue;
            }
            first.merge(mention.article(), mention, (a, b) -> earlier(a, b, texts));
        }
        return List.copyOf(first.values());
    }

    /** The body mention that comes first; a body mention before one in the title or standfirst. */
    private static Mention earlier(Mention a, Mention b, ArticleTexts texts) {
        if (a.span().inBody() != b.span().inBody()) {
            return a.span().inBody() ? a : b;
        }
        int byPosition = Long.compare(texts.position(a.article(), a.span()), texts.position(b.article(), b.span()));
        return byPosition <= 0 ? a : b;
    }

    private static SubjectFromContext.Read read(String id, FigureFacts facts, Mention mention, ArticleTexts texts,
            MeasureReader reader) {
        ArticleRef article = texts.article(mention.article()).orElseThrow();
        ArticleTexts.Around around = texts.around(mention.article(), mention.span());
        MeasureReader.Reading reading = reader.read(facts, around.before(), around.after());
        String sentence = mention.sentence().isBlank() ? around.sentence() : mention.sentence().toString();
        return new SubjectFromContext.Read(
                new LedgerRow(id, facts, article, mention.span(), sentence, reading.measure(), reading.note()),
                reading.restatesPrevious());
    }

    private static FigureLedger gather(List<LedgerRow> rows) {
        Map<String, List<LedgerRow>> byMeasure = new LinkedHashMap<>();
        List<LedgerRow> singles = new ArrayList<>();
        for (LedgerRow row : rows) {
            if (row.measure().comparable()) {
                byMeasure.computeIfAbsent(row.measure().key(), k -> new ArrayList<>()).add(row);
            } else {
                singles.add(row);
            }
        }
        List<FigureGroup> groups = new ArrayList<>();
        for (List<LedgerRow> members : byMeasure.values()) {
            List<LedgerRow> distinct = oncePerArticleAndValue(members);
            if (distinct.size() >= 2) {
                groups.add(new FigureGroup(distinct.get(0).measure(), distinct));
            } else {
                singles.addAll(distinct);
            }
        }
        groups.sort(Comparator.comparing((FigureGroup g) -> -g.rows().size())
                .thenComparing(FigureGroup::label)
                .thenComparing(g -> g.measure().key()));
        Set<LedgerRow> alone = Collections.newSetFromMap(new IdentityHashMap<>());
        alone.addAll(singles);
        List<LedgerRow> orderedSingles = rows.stream().filter(alone::contains).toList();
        return new FigureLedger(groups, orderedSingles);
    }

    /** One row per article and value: the first that names who makes the claim, else the first. */
    private static List<LedgerRow> oncePerArticleAndValue(List<LedgerRow> members) {
        Map<String, LedgerRow> kept = new LinkedHashMap<>();
        for (LedgerRow row : members) {
            String key = row.article().id() + "|" + row.facts().value().stripTrailingZeros().toPlainString();
            kept.merge(key, row, (old, now) -> old.facts().attribution().isEmpty()
                    && now.facts().attribution().isPresent() ? now : old);
        }
        return List.copyOf(kept.values());
    }
}
