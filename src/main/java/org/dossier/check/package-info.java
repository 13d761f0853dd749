/**
 * The site checker: every internal link and {@code #anchor} of a built site resolves, no page gives
 * one id to two elements, and no page loads anything from another host, so the site works offline,
 * from {@code file://} and under any sub-path.
 */
package org.dossier.check;
