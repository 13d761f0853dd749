/**
 * The loader: reads each file of the articles folder (Markdown with front matter, or a raw
 * clipping pasted from a news site) into one {@link org.dossier.loader.Article} record, cleaning
 * away what is not the article and inferring what a reader sees; and reads the dossier's settings
 * ({@link org.dossier.loader.ConfigLoader}).
 *
 * <p>The way through, for one file: {@code ArticleFiles} finds it (never following links out of
 * the folder), {@code TextDecoder} makes text of its bytes, {@code SplitText} and
 * {@code FrontMatter} take the YAML block off the top. A Markdown file goes to
 * {@code MarkdownReader}. A clipping goes to {@code ClippingReader}: {@code ClippingLines} (with
 * {@code HardWraps}) gives its lines, {@code HtmlFragments} resolves pasted markup,
 * {@code ClippingCleaner} applies the {@code BoilerplateRule}s, {@code ClippingHeader} reads the
 * title ({@code TitleSplitter}), standfirst, byline ({@code BylineReader}, {@code PersonName}) and
 * date stamps ({@code DateStamp}), and {@code ClippingBody} builds the body's
 * {@code BodyBlock}s, with captions ({@code Credits}), subheadings, the wire {@code Dateline} and
 * {@code SignOff}, escaped for CommonMark by {@code MarkdownText}.
 */
package org.dossier.loader;
