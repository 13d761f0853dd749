package org.dossier.loader;

import java.util.List;

/**
 * One kind of page furniture a paste drags along with an article (advertising markers, share
 * buttons, link lists, the tail of other stories). A rule looks at a line in context and says how
 * many lines, from that one on, are not the article.
 */
interface BoilerplateRule {

    /** Lines longer than this are prose: no rule about page furniture applies to them. */
    int MAX_FURNITURE_LENGTH = 200;

    /**
     * How many lines starting at {@code index} are boilerplate; {@code 0} when the line is not.
     */
    int match(List<ClippingLine> lines, int index);
}
