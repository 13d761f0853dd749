/**
 * The cross-linker: links the first mention of each entity in an article body to the entity's
 * page, and relates articles through the entities they share, weighted by rarity.
 */
package org.dossier.link;
