package org.dossier.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;

/**
 * The site's templates and static files: read from a templates folder, or from the defaults packed
 * in the jar when there is none. Compiled templates are cached and safe to share between threads.
 */
public final class Templates {

    /** Where the default templates live on the classpath. */
    public static final String DEFAULTS = "org/dossier/default-templates/";

    private final Optional<Path> folder;
    private final DefaultMustacheFactory factory;

    private Templates(Optional<Path> folder) {
        this.folder = folder;
        this.factory = new DefaultMustacheFactory() {
            @Override
            public Reader getReader(String resourceName) {
                return new StringReader(text(resourceName));
            }
        };
    }

    /** The templates of {@code folder}. */
    public static Templates fromFolder(Path folder) {
        return new Templates(Optional.of(folder));
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
        } catch (MustacheException e) {
            throw new DossierException(Diagnostic.of(location(name), "template: " + firstLine(e)), e);
        }
    }

    /** The bytes of a static file such as {@code style.css}. */
    public byte[] bytes(String name) {
        if (folder.isPresent()) {
            Path file = folder.get().resolve(name);
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DossierException(Diagnostic.of(file, "template: cannot read: " + e.getMessage()), e);
            }
        }
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(DEFAULTS + name)) {
            if (in == null) {
                throw new DossierException(Diagnostic.of(Path.of(name), "template: no default named " + name));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
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
