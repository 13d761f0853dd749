/**
 * Feeds for a hosted dossier: the Atom {@code feed.xml} of its articles and the {@code sitemap.xml}
 * of its pages, both with absolute links made from the base URL. Written only when a base URL is
 * known, since a feed reader or crawler needs absolute addresses.
 */
package org.dossier.feed;
