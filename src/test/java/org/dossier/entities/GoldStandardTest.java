package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.entities.figures.FigureExtractor;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall against the hand annotations, printed per kind. Each dossier runs twice:
 * with the packed gazetteer (the whole extractor as it ships) and with a small fixed table of
 * countries and capitals (the recogniser and resolver alone, whatever the gazetteer's state). The
 * floors are set a little under what the extractor reached when they were written.
 */
class GoldStandardTest {

    private static final List<String> SEEDS = List.of("000_d701ae17531aa9da", "001_4018661200a78250",
            "002_90671c341d80183f", "003_1fc0ec52a08fea6b", "004_af1a237af1bed520");
    private static final List<String> SYNTHETIC = List.of("election", "energy", "outbreak", "politics");

    @Test
    void seedsWithThePackedGazetteer() {
        GoldStandard.Report report = run("seeds", SEEDS, GazetteerLookup.packed(), "seeds, packed gazetteer");
        floors(report.entities(), EntityKind.PERSON, 0.95, 0.95);
        floors(report.mentions(), EntityKind.PERSON, 0.95, 0.95);
        floors(report.entities(), EntityKind.COUNTRY, 0.95, 0.95);
        floors(report.mentions(), EntityKind.COUNTRY, 0.95, 0.95);
        floors(report.entities(), EntityKind.PLACE, 0.95, 0.85);
        floors(report.entities(), EntityKind.ORGANISATION, 0.95, 0.90);
    }

    @Test
    void seedsWithTheTestTable() {
        GoldStandard.Report report = run("seeds", SEEDS, TableGazetteer.standard(), "seeds, test gazetteer table");
        floors(report.entities(), EntityKind.PERSON, 0.95, 0.95);
        floors(report.mentions(), EntityKind.PERSON, 0.95, 0.95);
        floors(report.entities(), EntityKind.ORGANISATION, 0.95, 0.90);
    }

    @Test
    void syntheticClippingsWithThePackedGazetteer() {
        GoldStandard.Report report = run("synthetic", SYNTHETIC, GazetteerLookup.packed(), "synthetic, packed gazetteer");
        floors(report.entities(), EntityKind.PERSON, 0.95, 0.95);
        floors(report.mentions(), EntityKind.PERSON, 0.95, 0.95);
        floors(report.entities(), EntityKind.COUNTRY, 0.95, 0.95);
        floors(report.entities(), EntityKind.PLACE, 0.95, 0.70);
        floors(report.entities(), EntityKind.ORGANISATION, 0.95, 0.70);
    }

    @Test
    void syntheticClippingsWithTheTestTable() {
        GoldStandard.Report report = run("synthetic", SYNTHETIC, TableGazetteer.standard(), "synthetic, test gazetteer table");
        floors(report.entities(), EntityKind.PERSON, 0.95, 0.95);
        floors(report.mentions(), EntityKind.PERSON, 0.95, 0.95);
    }

    private static void floors(java.util.Map<EntityKind, GoldStandard.Score> scores, EntityKind kind, double precision,
            double recall) {
        assertThat(scores.get(kind).precision()).as(kind.id() + " precision").isGreaterThanOrEqualTo(precision);
        assertThat(scores.get(kind).recall()).as(kind.id() + " recall").isGreaterThanOrEqualTo(recall);
    }

    private static GoldStandard.Report run(String folder, List<String> names, GazetteerLookup gazetteer, String title) {
        List<ArticleText> articles = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>();
        for (String name : names) {
            articles.add(Clipping.resource("entities/" + folder + "/" + name + ".txt", name));
            gold.put(name, "entities/gold/" + name + ".tsv");
        }
        EntityCatalog catalog = new EntityExtractor(gazetteer, new FigureExtractor()).extract(articles, new Diagnostics());
        GoldStandard.Report report = GoldStandard.read(gold).score(catalog);
        System.out.println(report.table(title));
        System.out.println("  extracted, not annotated: " + report.falsePositives());
        System.out.println("  annotated, not extracted: " + report.misses());
        return report;
    }
}
