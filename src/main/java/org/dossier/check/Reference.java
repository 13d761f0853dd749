package org.dossier.check;

/**
 * An address a page refers to.
 *
 * @param url the address as written
 * @param loaded whether the browser loads it with the page (a script, style, image, frame...) rather
 *     than only following it when asked (a link, a form)
 */
record Reference(String url, boolean loaded) {}
