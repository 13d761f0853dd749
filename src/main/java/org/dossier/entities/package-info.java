/**
 * Entities: finds the people, countries, places, organisations and figures each article names,
 * and resolves them across the dossier into one {@link org.dossier.entities.EntityCatalog}, each
 * decision with its evidence.
 *
 * <p>{@link org.dossier.entities.EntityExtractor} runs the phases: the dossier's
 * {@code Vocabulary} (words also written in lower case); per article, in parallel,
 * {@code ArticleRecogniser} (runs of capitalised words read by the cues of the packed
 * {@code Lexicon}, countries and places from the {@link org.dossier.entities.GazetteerLookup});
 * {@code DossierResolver} (full names marked elsewhere in the dossier, surnames and honorifics to
 * the full name of the same article or, failing that, of the dossier, with
 * {@code PersonDirectory} grouping spelling variants by {@code PersonNames}); then
 * {@code EntityAssembler} and {@code FigureEntities} build entities with stable ids, and
 * {@link org.dossier.entities.CurationRules} applies the user's {@code entities.yml}.
 */
package org.dossier.entities;
