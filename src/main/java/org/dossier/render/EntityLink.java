package org.dossier.render;

/**
 * A link to an entity page, with an optional count shown beside it.
 *
 * @param name the entity's name
 * @param href its page, relative to the page showing the link
 * @param count what the count beside it says, e.g. {@code 3 articles}, or null
 */
public record EntityLink(String name, String href, String count) {}
