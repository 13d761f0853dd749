/** The gazetteer: countries and places from vendored data sets, found in text. */
package org.dossier.entities.gazetteer;
