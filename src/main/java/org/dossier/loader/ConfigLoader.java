package org.dossier.loader;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.Diagnostics;
import org.dossier.diagnostic.DossierException;

/**
 * Reads the optional {@code dossier.yml} of an articles folder into a {@link DossierConfig}.
 * Keys: {@code title}, {@code description}, {@code base_url} (an absolute http or https address,
 * normalised to end with {@code /}) and {@code public} ({@code true} or {@code false}, default
 * {@code false}). A key with no value ({@code null}, {@code ~} or nothing) is as if not given.
 * Unknown keys are warned about and ignored; wrong values fail with the file and line, e.g.
 * {@code articles/dossier.yml:3: settings: 'public' must be true or false, found a text}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConfigLoader {

    private static final int MAX_PORT = 65_535;

    /** The settings file's name inside the articles folder. */
    public static final String FILE_NAME = "dossier.yml";

    private static final String STEP = "settings";

    /** The settings of the dossier in {@code articlesFolder}, or the defaults when it has no settings file. */
    public DossierConfig load(Path articlesFolder, Diagnostics warnings) {
        Path file = articlesFolder.resolve(FILE_NAME);
        if (!SettingsFile.readable(file, warnings)) {
            return DossierConfig.defaults();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DossierException(Diagnostic.of(file, STEP + ": cannot read: " + e.getMessage()), e);
        }
        String text = TextDecoder.decode(bytes, file, warnings)
                .orElseThrow(() -> new DossierException(Diagnostic.of(file, STEP + ": not a text file")));
        return parse(text, file, warnings);
    }

    /** The settings in {@code yaml}, the text of {@code file}. */
    DossierConfig parse(String yaml, Path file, Diagnostics warnings) {
        DossierConfig defaults = DossierConfig.defaults();
        String title = defaults.title();
        Optional<String> description = defaults.description();
        Optional<String> baseUrl = defaults.baseUrl();
        boolean isPublic = defaults.isPublic();
        for (YamlEntry entry : YamlMapping.parse(yaml, 1, file, STEP)) {
            switch (entry.key()) {
                case "title" -> title = text(entry, file).orElse(title);
                case "description" -> description = text(entry, file);
                case "base_url" -> baseUrl = text(entry, file).map(url -> baseUrl(url, entry, file));
                case "public" -> isPublic = bool(entry, file).orElse(isPublic);
                default -> warnings.warn(Diagnostic.at(file, entry.line(),
                        STEP + ": unknown key '" + entry.key() + "'; ignored"));
            }
        }
        return new DossierConfig(title, description, baseUrl, isPublic);
    }

    private static Optional<String> text(YamlEntry entry, Path file) {
        if (entry.value() == null) {
            return Optional.empty();
        }
        if (!entry.isScalar()) {
            throw error(file, entry, "'" + entry.key() + "' must be a text, found " + entry.kind());
        }
        String text = entry.flattened().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<Boolean> bool(YamlEntry entry, Path file) {
        if (entry.value() == null) {
            return Optional.empty();
        }
        if (entry.value() instanceof Boolean value) {
            return Optional.of(value);
        }
        throw error(file, entry, "'public' must be true or false, found " + entry.kind()
                + (entry.isScalar() ? ": " + entry.flattened() : ""));
    }

    private static String baseUrl(String url, YamlEntry entry, Path file) {
        String problem = "'base_url' must be an absolute http or https address: " + url;
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new DossierException(Diagnostic.at(file, entry.line(), STEP + ": " + problem), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw error(file, entry, problem);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw error(file, entry, "'base_url' cannot have a query or fragment: " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw error(file, entry, "'base_url' cannot hold a user name or password: every page would show it");
        }
        if (uri.getPort() > MAX_PORT) {
            throw error(file, entry, "'base_url' has no such port: " + uri.getPort());
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static DossierException error(Path file, YamlEntry entry, String message) {
        return new DossierException(Diagnostic.at(file, entry.line(), STEP + ": " + message));
    }
}
