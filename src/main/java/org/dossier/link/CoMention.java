package org.dossier.link;

/**
 * Another entity named in the same articles as a given one.
 *
 * @param entity the other entity's id
 * @param articles how many articles name both
 */
public record CoMention(String entity, int articles) {}
