package org.dossier.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.dossier.diagnostic.Diagnostic;
import org.dossier.diagnostic.DossierException;
import org.dossier.loader.DossierConfig;

/**
 * The absolute address a site is hosted at, always ending in {@code /} so that site-relative paths
 * resolve under it: {@code https://example.org/dossier} becomes {@code https://example.org/dossier/}.
 *
 * @param value the address, ending in {@code /}
 */
public record BaseUrl(String value) {

    private static final int MAX_PORT = 65_535;

    /**
     * Checks and normalises {@code text}: an absolute {@code http} or {@code https} address without
     * query, fragment or user name, with a port, if any, in range.
     */
    public static BaseUrl of(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw invalid(text, e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw invalid(text, "not an absolute http or https address");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(text, "an address with a query or fragment cannot be a base");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(text, "a user name or password in the address would be published in every page and feed");
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
            throw invalid(text, "port " + uri.getPort() + " is out of range (1-" + MAX_PORT + ")");
        }
        String value = uri.toString();
        return new BaseUrl(value.endsWith("/") ? value : value + "/");
    }

    /**
     * {@code config} with the base URL from the command line when given, else its own, normalised.
     */
    public static DossierConfig override(DossierConfig config, Optional<String> commandLine) {
        Optional<String> base = commandLine.or(config::baseUrl).map(text -> of(text).value());
        return new DossierConfig(config.title(), config.description(), base, config.isPublic());
    }

    /** The absolute address of a site-relative path such as {@code articles/x.html}. */
    public String resolve(String path) {
        return value + path;
    }

    private static DossierException invalid(String text, String why) {
        return new DossierException(new Diagnostic(null, 0, "base URL '" + text + "': " + why));
    }
}
