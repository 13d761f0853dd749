package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier explain}: the entities of one article with their spans and evidence. */
class ExplainCommandTest {

    @TempDir
    Path articles;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeArticles() throws IOException {
        Files.writeString(articles.resolve("summit.txt"), """
                Leaders meet in the east
                The North Korean leader Kim Jong Un arrived in Russia at the invitation of his counterpart Vladimir Putin.
                Kim is expected to seek economic aid, Oleg Ignatov, senior analyst for Crisis Group, said.

                (Reporting by Anna Smith; Editing by Tom Brown)
                """, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("deal.txt"), """
                What the deal brings
                When Mr Kim took power in North Korea, few expected an alliance with Russia.
                """, StandardCharsets.UTF_8);
    }

    @Test
    void printsEachEntityWithItsSpansAndEvidence() {
        int status = run("explain", "summit.txt", "--articles", articles.toString());

        assertThat(status).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("person Kim Jong Un (person/kim-jong-un)")
                .contains("\"Kim\" -> Kim Jong Un: full name earlier in the same article (\"Kim Jong Un\", standfirst)")
                .contains("\"Oleg Ignatov\" -> Oleg Ignatov: person: followed by \", senior analyst\"")
                .contains("organisation Crisis Group (organisation/crisis-group)")
                .contains("\"Tom Brown\" -> Tom Brown: person: after \"Editing by\" (a credit: relates no articles)")
                .doesNotContainPattern("Oleg Ignatov: .*a credit");
    }

    @Test
    void explainsAMentionResolvedThroughAnotherArticle() {
        int status = run("explain", articles.resolve("deal.txt").toString(), "--articles", articles.toString(), "--verbose");

        assertThat(status).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("\"Kim\" -> Kim Jong Un: the one person called \"Kim\" the dossier names in full")
                .contains("in: When Mr Kim took power in North Korea, few expected an alliance with Russia.");
    }

    @Test
    void anArticleThatIsNotThereIsAnInputError() {
        int status = run("explain", "missing.txt", "--articles", articles.toString());

        assertThat(status).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("missing.txt").contains("no such article");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpDescribesTheCommand() {
        int status = run("explain", "--help");

        assertThat(status).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("explain").contains("FILE").contains("--articles").contains("--verbose");
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        assertThat(run("explain")).isEqualTo(ExitCodes.USAGE);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
