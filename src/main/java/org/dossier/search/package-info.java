/**
 * Site search: a compact index of titles, bodies and entity names shipped as a script, and the
 * search page whose script loads it on demand and ranks the hits in the browser.
 */
package org.dossier.search;
