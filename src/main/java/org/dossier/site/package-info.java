/**
 * The site: runs the build's phases in order and swaps the finished site into place
 * ({@link org.dossier.site.SiteBuilder}); for the live preview, keeps a built site up to date by
 * redoing only what changed ({@link org.dossier.site.IncrementalBuild}).
 */
package org.dossier.site;
