package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;
import org.dossier.entities.CurationRules;
import org.dossier.entities.Entity;
import org.dossier.entities.EntityCatalog;
import org.dossier.entities.EntityExtractor;
import org.dossier.entities.Mention;
import org.dossier.link.ArticleDraft;
import org.dossier.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier explain FILE}: prints each entity found in one article, with every span and the
 * evidence that made it that entity, e.g.
 * {@code p7 120-123 "Kim" -> Kim Jong Un: full name earlier in the same article ("Kim Jong-Un", standfirst)}.
 * The whole dossier is read, since a mention may resolve through another article.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows the entities found in one article and why each was found.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The article's file name, or its path inside the articles folder.")
    String file;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles folder (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("articles");

    @Option(names = "--verbose", description = "Also show the sentence around each mention, and stack traces.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Diagnostics warnings = new Diagnostics();
            List<ArticleDraft> drafts = new SiteBuilder().drafts(articles, warnings);
            ArticleDraft draft = find(drafts).orElseThrow(() -> new DossierException(
                    Diagnostic.of(articles.resolve(file), "explain: no such article in " + articles)));
            CurationRules rules = CurationRules.load(articles.resolve(CurationRules.FILE_NAME), warnings);
            EntityCatalog catalog = new EntityExtractor().extract(
                    drafts.stream().map(SiteBuilder::articleText).toList(), rules, warnings);
            print(out, draft, catalog);
            for (Diagnostic warning : warnings.sorted()) {
                err.println("warning: " + warning);
            }
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            return Failure.report(err, verbose, e);
        }
    }

    /** The article named by FILE: its path inside the folder, its file name, or a path through the folder. */
    private Optional<ArticleDraft> find(List<ArticleDraft> drafts) {
        String wanted = file.replace('\\', '/');
        String prefix = articles.toString().replace('\\', '/') + "/";
        String inside = wanted.startsWith(prefix) ? wanted.substring(prefix.length()) : wanted;
        Optional<ArticleDraft> exact = drafts.stream().filter(d -> d.article().file().equals(inside)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<ArticleDraft> byName = drafts.stream()
                .filter(d -> Path.of(d.article().file()).getFileName().toString().equals(Path.of(inside).getFileName().toString()))
                .toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    private void print(PrintWriter out, ArticleDraft draft, EntityCatalog catalog) {
        out.printf("%s: %s (article id %s)%n", draft.article().file(), draft.article().title(), draft.id());
        List<Entity> entities = catalog.inArticle(draft.id());
        if (entities.isEmpty()) {
            out.println("No entities found.");
            return;
        }
        for (Entity entity : entities) {
            out.printf("%n%s %s (%s)%n", entity.kind().id(), entity.name(), entity.id());
            entity.country().ifPresent(country -> out.printf("  related to %s%n", country));
            for (Mention mention : entity.mentions()) {
                if (!mention.article().equals(draft.id())) {
                    continue;
                }
                out.printf("  %s %d-%d \"%s\" -> %s: %s%s%n", mention.span().block(), mention.span().start(),
                        mention.span().end(), mention.span().text(), entity.name(), mention.evidence(),
                        mention.credit() ? " (a credit: relates no articles)" : "");
                if (verbose) {
                    out.printf("      in: %s%n", mention.sentence());
                }
            }
        }
    }
}
