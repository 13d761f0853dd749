package org.dossier.serve;

import java.util.Locale;

/**
 * What the preview adds to every HTML page it serves: a script that polls the version endpoint and
 * reloads the page when a build finishes, and, after a failed build, a banner with the error. The
 * pages forbid inline scripts and styles (Content-Security-Policy), so the script is a file of the
 * server's own and it styles the banner through the DOM.
 */
final class LiveReload {

    /** The endpoint that answers the current build version as plain text. */
    static final String VERSION_PATH = "/_dossier/version";
    /** The reload script's address; the page's build version follows as {@code ?v=N}. */
    static final String SCRIPT_PATH = "/_dossier/reload.js";

    /** The reload script. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var version = new URL(document.currentScript.src).searchParams.get('v');
              var banner = document.getElementById('dossier-build-error');
              if (banner) {
                var s = banner.style;
                s.position = 'fixed'; s.top = '0'; s.left = '0'; s.right = '0'; s.zIndex = '99999';
                s.margin = '0'; s.padding = '1em'; s.background = '#8b0000'; s.color = '#fff';
                s.font = '1rem/1.4 monospace'; s.whiteSpace = 'pre-wrap';
              }
              function poll() {
                fetch('%s', {cache: 'no-store'})
                  .then(function (r) { return r.text(); })
                  .then(function (t) { if (t.trim() !== version) { location.reload(); } else { setTimeout(poll, 500); } },
                        function () { setTimeout(poll, 2000); });
              }
              setTimeout(poll, 500);
            })();
            """.formatted(VERSION_PATH);

    private LiveReload() {}

    /** {@code html} with the error banner after {@code <body>} if the build failed, and the reload script before {@code </body>}. */
    static String inject(String html, BuildState state) {
        String lower = html.toLowerCase(Locale.ROOT);
        String banner = state.error()
                .map(error -> "<div id=\"dossier-build-error\" role=\"alert\">Build failed; showing the last good site.\n"
                        + escape(error) + "</div>\n")
                .orElse("");
        String script = "<script src=\"" + SCRIPT_PATH + "?v=" + state.version() + "\"></script>\n";
        int bodyStart = lower.indexOf("<body");
        int afterBody = bodyStart < 0 ? -1 : lower.indexOf('>', bodyStart) + 1;
        String withBanner = afterBody <= 0 ? banner + html : html.substring(0, afterBody) + "\n" + banner + html.substring(afterBody);
        int end = withBanner.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? withBanner + script : withBanner.substring(0, end) + script + withBanner.substring(end);
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
