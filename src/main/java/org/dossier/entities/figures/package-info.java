/**
 * Figures: numbers that carry a claim, with their value, unit, hedge and attribution.
 *
 * <p>{@link org.dossier.entities.figures.FigureExtractor} reads each body block once: a lexer splits
 * it into words, numbers and symbols; each number is read into an amount (currency, scale, percent),
 * tested against the rules for numbers that carry no claim (years, dates, times, ages, ordinals,
 * calibres, durations, numbered items, phone numbers, list markers), given its hedge, its counted
 * thing and unit, and the attribution its sentence states. {@link
 * org.dossier.entities.figures.FigureKey} is the identity that links the same figure across
 * articles and {@link org.dossier.entities.figures.FigureNames} its readable name.
 */
package org.dossier.entities.figures;
