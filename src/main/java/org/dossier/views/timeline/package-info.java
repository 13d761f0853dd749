/**
 * The timeline: dated events found in the articles' sentences ({@link
 * org.dossier.views.timeline.EventFinder}), resolved against each article's date, merged across
 * articles when several report the same event, and listed per entity.
 */
package org.dossier.views.timeline;
