package org.dossier.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Content-Security-Policy the pages declare in a {@code <meta http-equiv>} tag: everything
 * from the site itself, nothing inline, nothing from another host, so a hostile clipping that
 * slipped an attribute past the sanitiser still cannot run.
 */
public final class ContentSecurityPolicy {

    /** The policy of every page in the layout. */
    public static final String SITE = policy("'self'");

    private ContentSecurityPolicy() {}

    /**
     * The policy of a self-contained page whose only style is one inline {@code <style>} element
     * with exactly {@code css} as its content: the page can be served at any path, where relative
     * stylesheet links break, and the hash admits that element and nothing else.
     */
    public static String withInlineStyle(String css) {
        return policy("'" + sha256(css) + "'");
    }

    private static String policy(String styleSource) {
        return "default-src 'self'; img-src 'self' data:; style-src " + styleSource
                + "; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
