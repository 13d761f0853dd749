package org.dossier.entities;

/**
 * One occurrence of an entity in an article, with the reason it was taken for that entity.
 *
 * @param article the id (slug) of the article
 * @param span where it stands
 * @param evidence why this span is this entity, in words a user can check, e.g. {@code full name
 *     earlier in the same article ("Kim Jong-Un", standfirst)}
 * @param sentence the sentence around the mention, for entity pages
 */
public record Mention(String article, Span span, String evidence, String sentence) {}
