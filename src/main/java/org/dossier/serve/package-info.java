/**
 * Live preview: serves the built dossier from the JDK's HTTP server, updates it in-process through
 * an {@link org.dossier.site.IncrementalBuild} when anything in the articles or templates folder
 * changes (an edited article's own page first), and reloads the open page by itself. The reload
 * script and error banner are added to pages as they are served, never to the built files.
 */
package org.dossier.serve;
