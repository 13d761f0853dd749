package org.dossier.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;

/**
 * The site's templates and static files: read from a templates folder, or from the defaults packed
 * in the jar when there is none. A folder that lacks a file falls back to the packed default of
 * that name, so a folder customised for an older version keeps working. Compiled templates are
 * cached and safe to share between threads.
 *
 * <p>A template that does not compile becomes a {@link DossierException} naming the file and, where
 * Mustache gives it, the line: {@code templates/article.mustache:12: template: Failed to close 'a'
 * tag}.
 */
public final class Templates {

    /** Where the default templates live on the classpath. */
    public static final String DEFAULTS = "org/dossier/default-templates/";

    private static final String EXTENSION = ".mustache";

    /** Mustache appends the place of a syntax error to its messages as {@code @[name:line]}. */
    private static final Pattern PLACE = Pattern.compile("\\s*@\\[([^\\]:]+):(\\d+)\\]\\s*$");

    private final Optional<Path> folder;
    private final DefaultMustacheFactory factory;

    private Templates(Optional<Path> folder) {
        this.folder = folder;
        this.factory = new DefaultMustacheFactory() {
            @Override
            public Reader getReader(String resourceName) {
                return new StringReader(source(resourceName));
            }

            @Override
            public void encode(String value, Writer writer) {
                if (writer instanceof PageBuffer page) {
                    page.escape(value);
                } else {
                    super.encode(value, writer);
                }
            }
        };
    }

    /** The templates of {@code folder}. */
    public static Templates fromFolder(Path folder) {
        return new Templates(Optional.of(folder));
    }

    /**
     * The templates of {@code folder}, warning when it holds no template at all, since every page
     * then silently falls back to the packed defaults.
     */
    public static Templates fromFolder(Path folder, Diagnostics warnings) {
        if (!holdsTemplates(folder)) {
            warnings.warn(Diagnostic.of(folder, "templates folder holds no " + EXTENSION + " file; using the default templates"));
        }
        return fromFolder(folder);
    }

    private static boolean holdsTemplates(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(EXTENSION));
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(folder, "template: cannot read the templates folder: " + e.getMessage()), e);
        }
    }

    /** The defaults packed in the jar. */
    public static Templates defaults() {
        return new Templates(Optional.empty());
    }

    /** Whether these are the packed defaults. */
    public boolean isDefault() {
        return folder.isEmpty();
    }

    /** The compiled template {@code name} (e.g. {@code article.mustache}). */
    public Mustache template(String name) {
        try {
            return factory.compile(name);
        } catch (MustacheNotFoundException e) {
            throw new DossierException(missing(name, e.getName()), e);
        } catch (MustacheException e) {
            throw failure(name, e);
        }
    }

    /** The error users see when template {@code name} fails to compile or to run. */
    DossierException failure(String name, MustacheException e) {
        return new DossierException(diagnostic(name, firstLine(e)), e);
    }

    /** The bytes of a static file such as {@code style.css}. */
    public byte[] bytes(String name) {
        return find(name).orElseThrow(() -> new DossierException(
                Diagnostic.of(location(name), "template: not found: " + name)));
    }

    private String source(String name) {
        return find(name).map(b -> new String(b, StandardCharsets.UTF_8))
                .orElseThrow(() -> new MustacheNotFoundException(name));
    }

    private Optional<byte[]> find(String name) {
        if (folder.isPresent()) {
            Path file = folder.get().resolve(name);
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return packed(name);
            } catch (IOException e) {
                throw new DossierException(Diagnostic.of(file, "template: cannot read: " + e.getMessage()), e);
            }
        }
        return packed(name);
    }

    private static Optional<byte[]> packed(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(DEFAULTS + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A template that is not there: {@code name} itself, or a partial it includes, in which case
     * the line of the {@code {{> partial}}} tag is given.
     */
    private Diagnostic missing(String name, String missing) {
        if (missing == null || missing.equals(name)) {
            return Diagnostic.of(location(name), "template: not found: " + name);
        }
        String partial = missing.endsWith(EXTENSION) ? missing.substring(0, missing.length() - EXTENSION.length()) : missing;
        String message = "template: partial '" + partial + "' not found: no " + location(missing).toString().replace('\\', '/')
                + (folder.isPresent() ? " and no default of that name" : "");
        Pattern tag = Pattern.compile("\\{\\{>\\s*" + Pattern.quote(partial) + "(?:" + Pattern.quote(EXTENSION) + ")?\\s*}}");
        String[] lines = find(name).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (tag.matcher(lines[i]).find()) {
                return Diagnostic.at(location(name), i + 1, message);
            }
        }
        return Diagnostic.of(location(name), message);
    }

    /** Mustache names the template (perhaps a partial) and line where it can; prefer those. */
    private Diagnostic diagnostic(String name, String message) {
        Matcher place = PLACE.matcher(message);
        if (!place.find()) {
            return Diagnostic.of(location(name), "template: " + message);
        }
        String text = message.substring(0, place.start()).replaceFirst("\\s+in \\S+:\\d+$", "");
        return Diagnostic.at(location(place.group(1)), Integer.parseInt(place.group(2)), "template: " + text);
    }

    private Path location(String name) {
        return folder.map(f -> f.resolve(name)).orElse(Path.of(DEFAULTS + name));
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
