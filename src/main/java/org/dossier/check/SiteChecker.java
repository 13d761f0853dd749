package org.dossier.check;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;
import org.dossier.parallel.Parallel;
import org.dossier.site.StagedOutput;
import org.jsoup.Jsoup;

/**
 * Checks a built site: every internal link, form and resource names a file of the site, every
 * {@code #anchor} names an element of its page, no page gives one id to two elements (an anchor
 * would then find the wrong one), no address is root-absolute (that breaks under a sub-path and
 * from {@code file://}), and no page or style sheet loads anything from another host. Links to
 * other sites are allowed; only what loads with the page is not. A folder with neither the home
 * page {@code index.html} nor the marker file {@value StagedOutput#MARKER} holds no site: that is
 * an error, not a site without problems. Thread-safe.
 *
 * <pre>{@code
 * List<Problem> problems = new SiteChecker().check(Path.of("target/site"));
 * }</pre>
 */
public final class SiteChecker {

    private static final String HOME_PAGE = "index.html";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /**
     * The problems of the site in {@code folder}, sorted by file; within a file its duplicate ids,
     * then its addresses in document order.
     */
    public List<Problem> check(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DossierException(Diagnostic.of(folder, "not a folder"));
        }
        if (!Files.isRegularFile(folder.resolve(HOME_PAGE)) && !Files.exists(folder.resolve(StagedOutput.MARKER))) {
            throw new DossierException(Diagnostic.of(folder,
                    "holds no Dossier site (no " + HOME_PAGE + ", no " + StagedOutput.MARKER + " marker)"));
        }
        Path root = folder.toAbsolutePath().normalize();
        List<String> files = files(root);
        List<PageFacts> read = Parallel.map(files, path -> read(root, path));
        Map<String, PageFacts> facts = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            facts.put(files.get(i), read.get(i));
        }
        return facts.keySet().stream()
                .sorted()
                .flatMap(path -> problems(root, facts, path))
                .toList();
    }

    private static Stream<Problem> problems(Path root, Map<String, PageFacts> facts, String path) {
        PageFacts page = facts.get(path);
        Stream<Problem> duplicates = page.duplicateIds().stream().map(id -> new Problem(path, "duplicate id " + id));
        Stream<Problem> references = page.references().stream()
                .map(reference -> problem(root, facts, path, reference))
                .flatMap(Optional::stream);
        return Stream.concat(duplicates, references);
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") || p.endsWith(".css"))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(root, "cannot list the site: " + e.getMessage()), e);
        }
    }

    private static PageFacts read(Path root, String path) {
        Path file = root.resolve(path);
        try {
            if (path.endsWith(".css")) {
                return PageFacts.ofCss(Files.readString(file, StandardCharsets.UTF_8));
            }
            return PageFacts.ofHtml(Jsoup.parse(file, "UTF-8"));
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(file, "cannot read: " + e.getMessage()), e);
        }
    }

    private static Optional<Problem> problem(Path root, Map<String, PageFacts> facts, String page, Reference reference) {
        String url = reference.url().strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (url.startsWith("//") || lower.startsWith("http:") || lower.startsWith("https:")) {
            return reference.loaded()
                    ? Optional.of(new Problem(page, "loads from another host " + url))
                    : Optional.empty();
        }
        if (SCHEME.matcher(url).find()) {
            return lower.startsWith("file:")
                    ? Optional.of(new Problem(page, "absolute file address " + url))
                    : Optional.empty();
        }
        if (url.startsWith("/")) {
            return Optional.of(new Problem(page, "root-absolute link " + url + " (breaks under a sub-path and from file://)"));
        }
        return internal(root, facts, page, url);
    }

    private static Optional<Problem> internal(Path root, Map<String, PageFacts> facts, String page, String url) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : decode(url.substring(hash + 1));
        String address = hash < 0 ? url : url.substring(0, hash);
        int query = address.indexOf('?');
        String path = decode(query < 0 ? address : address.substring(0, query));
        String target;
        if (path.isEmpty()) {
            target = page;
        } else {
            Path resolved = root.resolve(page).getParent().resolve(path).normalize();
            if (!resolved.startsWith(root) || !Files.isRegularFile(resolved)) {
                return Optional.of(new Problem(page, "broken link " + url));
            }
            target = root.relativize(resolved).toString().replace('\\', '/');
        }
        if (fragment.isEmpty() || !target.endsWith(".html") || fragment.equalsIgnoreCase("top")) {
            return Optional.empty();
        }
        PageFacts targetFacts = facts.get(target);
        return targetFacts != null && targetFacts.anchors().contains(fragment)
                ? Optional.empty()
                : Optional.of(new Problem(page, "broken anchor " + url));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
