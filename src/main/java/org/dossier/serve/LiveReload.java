package org.dossier.serve;

import java.util.Locale;

/**
 * What the preview adds to every HTML page it serves: a script that polls the version endpoint and
 * reloads the page when a build finishes, and, after a failed build, a banner with the error.
 */
final class LiveReload {

    /** The endpoint that answers the current build version as plain text. */
    static final String VERSION_PATH = "/_dossier/version";

    private LiveReload() {}

    /** {@code html} with the reload script, and the error banner if the build failed, before {@code </body>}. */
    static String inject(String html, BuildState state) {
        StringBuilder extra = new StringBuilder();
        state.error().ifPresent(error -> extra
                .append("<div role=\"alert\" style=\"position:fixed;top:0;left:0;right:0;z-index:99999;")
                .append("padding:1em;background:#8b0000;color:#fff;font:1rem/1.4 monospace;white-space:pre-wrap\">")
                .append("Build failed; showing the last good site.\n")
                .append(escape(error))
                .append("</div>\n"));
        extra.append("<script>(function(){var v='").append(state.version()).append("';")
                .append("function poll(){fetch('").append(VERSION_PATH).append("',{cache:'no-store'})")
                .append(".then(function(r){return r.text();})")
                .append(".then(function(t){if(t.trim()!==v){location.reload();}else{setTimeout(poll,500);}},")
                .append("function(){setTimeout(poll,2000);});}")
                .append("setTimeout(poll,500);})();</script>\n");
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end);
    }

    /** A page that only shows the error, for when no site has been built yet. */
    static String errorPage(BuildState state) {
        return inject("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head>"
                + "<body><main><h1>Build failed</h1><p>Fix the error and save: this page reloads by itself.</p></main></body></html>\n",
                state);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
