package org.dossier.views.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dossier.entities.FigureFacts;
import org.dossier.entities.Span;
import org.dossier.views.ArticleRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** Charts of random groups, small and large: always well-formed, labelled and the same twice. */
class SpreadChartTest {

    @ParameterizedTest(name = "{0} figures")
    @ValueSource(ints = {2, 3, 7, 24, 25, 400})
    void drawsWellFormedLabelledSvg(int size) throws Exception {
        FigureGroup group = randomGroup(size, new Random(size));

        String svg = new SpreadChart().draw(group, "chart-1");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("title").item(0).getTextContent()).contains(group.label());
        assertThat(svg).isEqualTo(new SpreadChart().draw(randomGroup(size, new Random(size)), "chart-1"));
        if (size <= SpreadChart.MAX_BARS) {
            assertThat(xml.getElementsByTagName("rect").getLength()).isEqualTo(size);
            assertThat(svg).contains("Outlet &lt;0&gt; &amp; Co");
        } else {
            assertThat(xml.getElementsByTagName("circle").getLength()).isEqualTo(size);
        }
    }

    private static FigureGroup randomGroup(int size, Random random) {
        Measure measure = new Measure("people", "troop", "Ruritanian", false);
        List<LedgerRow> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            BigDecimal value = BigDecimal.valueOf(1 + random.nextInt(50_000));
            FigureFacts facts = new FigureFacts(value, "people", "Ruritanian troops",
                    random.nextBoolean() ? Optional.of("about") : Optional.empty(), Optional.empty(), List.of());
            ArticleRef article = new ArticleRef("a" + i, "Title " + i, Optional.of("Outlet <" + i + "> & Co"), Optional.empty());
            rows.add(new LedgerRow("figure/f" + i, facts, article, new Span("p1", 0, 5, value.toPlainString()),
                    "A sentence.", measure, Optional.empty()));
        }
        return new FigureGroup(measure, rows);
    }
}
