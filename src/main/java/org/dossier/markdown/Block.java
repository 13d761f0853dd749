package org.dossier.markdown;

/**
 * A block of an article body that carries text: a paragraph, heading, list item or table cell.
 *
 * @param id the element id in the rendered body ({@code p1}, {@code p2}, ... for paragraphs)
 * @param heading whether the block is a heading (headings are searched for entities but never
 *     linked)
 * @param text the block's text: every descendant text node concatenated, see {@link BlockText}
 */
public record Block(String id, boolean heading, String text) {}
