/**
 * The figures ledger: every figure of the dossier in a row with its hedge, attribution, sentence
 * and source, gathered into groups by what the figures measure (not by equal numbers), with a
 * build-time SVG chart per group and a CSV export.
 */
package org.dossier.views.ledger;
