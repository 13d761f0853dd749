/**
 * The cross-linker: links the first body mention of each entity in an article to the entity's
 * page ({@link org.dossier.link.BodyLinker}), relates articles through the entities they share,
 * weighted by rarity ({@link org.dossier.link.RelatedArticles}), and tells which entities are
 * named together ({@link org.dossier.link.CoMentions}). {@link org.dossier.link.CrossLinker} runs
 * the first two over the whole dossier.
 */
package org.dossier.link;
