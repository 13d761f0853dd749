package org.dossier.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityKind;
import org.dossier.entities.Mention;
import org.dossier.entities.Span;
import org.junit.jupiter.api.Test;

class CoMentionsTest {

    private final CoMentions coMentions = CoMentions.of(new Dossiers()
            .article("a1", "person/kim", "country/russia", "place/kursk", "figure/troops")
            .article("a2", "person/kim", "country/russia", "figure/troops")
            .article("a3", "person/kim", "organisation/un")
            .article("a4", "country/russia", "place/kursk")
            .article("a5", "organisation/alone")
            .catalog());

    @Test
    void listsTheEntitiesNamedInTheSameArticlesMostSharedFirst() {
        assertThat(coMentions.with("person/kim", 10)).containsExactly(
                new CoMention("country/russia", 2),
                new CoMention("figure/troops", 2),
                new CoMention("organisation/un", 1),
                new CoMention("place/kursk", 1));
    }

    @Test
    void theWriterOfAStoryIsNotNamedWithItsPeople() {
        CoMentions withWriter = CoMentions.of(new Dossiers()
                .credits("a1", "person/writer")
                .credits("a2", "person/writer")
                .article("a1", "person/kim", "country/russia")
                .article("a2", "person/kim")
                .catalog());

        assertThat(withWriter.with("person/kim", 10)).containsExactly(new CoMention("country/russia", 1));
        assertThat(withWriter.with("person/writer", 10)).isEmpty();
    }

    @Test
    void keepsOnlyTheKindsAsked() {
        assertThat(coMentions.with("person/kim", Set.of(EntityKind.COUNTRY, EntityKind.PLACE), 10)).containsExactly(
                new CoMention("country/russia", 2),
                new CoMention("place/kursk", 1));
    }

    @Test
    void breaksTiesByNameThenId() {
        Span span = new Span(Span.TITLE, 0, 1, "x");
        List<Mention> inA = List.of(new Mention("a", span, "test", ""));
        CoMentions named = CoMentions.of(new EntityCatalog(List.of(
                InsertCase.entity("person/kim", "Kim", inA),
                InsertCase.entity("person/a-zed", "Zed", inA),
                InsertCase.entity("person/b-amy", "Amy", inA))));

        assertThat(named.with("person/kim", 10)).extracting(CoMention::entity)
                .containsExactly("person/b-amy", "person/a-zed");
    }

    @Test
    void cutsTheListToTheLimit() {
        assertThat(coMentions.with("person/kim", 1)).containsExactly(new CoMention("country/russia", 2));
        assertThat(coMentions.with("person/kim", 0)).isEmpty();
    }

    @Test
    void anEntityNamedAloneOrUnknownHasNoCoMentions() {
        assertThat(coMentions.with("organisation/alone", 10)).isEmpty();
        assertThat(coMentions.with("person/nobody", 10)).isEmpty();
    }

    @Test
    void theTableHoldsEachPairOfNonFigureEntitiesOnceWithTheirArticles() {
        assertThat(coMentions.table(10)).containsExactly(
                new Connection("country/russia", "person/kim", List.of("a1", "a2")),
                new Connection("country/russia", "place/kursk", List.of("a1", "a4")),
                new Connection("organisation/un", "person/kim", List.of("a3")),
                new Connection("person/kim", "place/kursk", List.of("a1")));
    }

    @Test
    void theTableKeepsOnlyEachEntitysStrongestPartners() {
        // Each entity keeps its one strongest partner: Kim's is Russia, Kursk's is Russia, the
        // UN's is Kim; Kim and Kursk are nobody's first choice.
        assertThat(coMentions.table(1)).extracting(c -> c.first() + " " + c.second()).containsExactly(
                "country/russia person/kim",
                "country/russia place/kursk",
                "organisation/un person/kim");
    }

    @Test
    void aConnectionCountsItsArticlesAndKeepsItsIdsInOrder() {
        assertThat(new Connection("a/x", "b/y", List.of("1", "2")).count()).isEqualTo(2);
        assertThatThrownBy(() -> new Connection("b/y", "a/x", List.of())).hasMessageContaining("order");
        assertThatThrownBy(() -> coMentions.with("person/kim", -1)).hasMessageContaining("limit");
    }
}
