/**
 * Entities: finds the people, countries, places, organisations and figures each article names,
 * and resolves them across the dossier into one {@link org.dossier.entities.EntityCatalog}, each
 * decision with its evidence.
 */
package org.dossier.entities;
