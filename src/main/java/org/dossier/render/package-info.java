/**
 * The renderer: turns the linked dossier into pages with the Mustache templates.
 *
 * <p>{@link org.dossier.render.PageRenderer} wraps any content template in the common layout
 * (masthead, navigation, search form, Content-Security-Policy, {@code noindex}); every page family
 * renders through it. {@link org.dossier.render.SiteRenderer} renders the core pages: home,
 * articles, entity pages and their indexes, the 404 page, {@code robots.txt} and
 * {@code entities.json}. Templates read view-model records ({@code ArticleView},
 * {@code EntityView}, {@code IndexView}, {@code HomeView}); Mustache escapes every value but the
 * vetted HTML of article bodies and page content.
 */
package org.dossier.render;
