/** Figures: numbers that carry a claim, with their value, unit, hedge and attribution. */
package org.dossier.entities.figures;
