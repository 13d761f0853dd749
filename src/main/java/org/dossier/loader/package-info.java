/**
 * The loader: reads each file of the articles folder (Markdown with front matter, or a raw
 * clipping pasted from a news site) into one {@link org.dossier.loader.Article} record, cleaning
 * away what is not the article and inferring what a reader sees.
 */
package org.dossier.loader;
