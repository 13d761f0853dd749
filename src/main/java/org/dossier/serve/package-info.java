/**
 * Live preview: serves the built dossier from the JDK's HTTP server, rebuilds in-process when
 * anything in the articles or templates folder changes, and reloads the open page by itself. The
 * reload script and error banner are added to pages as they are served, never to the built files.
 */
package org.dossier.serve;
