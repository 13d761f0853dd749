/**
 * Analyst views: the figures ledger, the timeline, the connections map and the printable briefing
 * book, each built from the linked dossier and rendered through the common page layout.
 * {@link org.dossier.views.AnalystViews} is the one entry point.
 */
package org.dossier.views;
