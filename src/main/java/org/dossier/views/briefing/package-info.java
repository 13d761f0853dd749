/**
 * The briefing book: the dossier as printable pages (cover, contents, key entities, figures
 * ledger, timeline, then every article in full), for a clean PDF from any browser. A dossier too
 * long for one page is split into volumes of a bounded number of articles, and its ledger and
 * timeline stay on their own pages.
 */
package org.dossier.views.briefing;
