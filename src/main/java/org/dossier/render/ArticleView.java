package org.dossier.render;

import java.util.List;

/**
 * What {@code article.mustache} reads. Absent fields are null; lists may be empty.
 *
 * @param title the title
 * @param standfirst the standfirst, or null
 * @param source the outlet, or null
 * @param author the byline, or null
 * @param date the publication date, or null
 * @param originalUrl the original address (http or https only), or null
 * @param meta whether there is a source, author, date or original address to show
 * @param tags the tags, in the order given
 * @param bodyHtml the linked, sanitised body: vetted HTML
 * @param entityGroups the entities the article names, by kind
 * @param related the related articles, closest first
 */
public record ArticleView(
        String title,
        String standfirst,
        String source,
        String author,
        DateLabel date,
        String originalUrl,
        boolean meta,
        List<String> tags,
        String bodyHtml,
        List<EntityGroup> entityGroups,
        List<Related> related) {

    public ArticleView {
        tags = List.copyOf(tags);
        entityGroups = List.copyOf(entityGroups);
        related = List.copyOf(related);
    }

    /**
     * The entities of one kind an article names.
     *
     * @param label the kind's plural, e.g. {@code People}
     * @param entities the entities, most mentioned first
     */
    public record EntityGroup(String label, List<EntityLink> entities) {}

    /**
     * A related article and why.
     *
     * @param title its title
     * @param href its page, relative to this one
     * @param date its date, or null
     * @param reason e.g. {@code both name Sergei Lavrov, Kursk}
     */
    public record Related(String title, String href, DateLabel date, String reason) {}
}
