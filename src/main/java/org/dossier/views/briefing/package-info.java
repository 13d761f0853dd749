/**
 * The briefing book: the whole dossier on one printable page (cover, contents, key entities,
 * figures ledger, timeline, then every article in full), for a clean PDF from any browser.
 */
package org.dossier.views.briefing;
