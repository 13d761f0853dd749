/**
 * Connections: which people, countries, places and organisations the articles name together,
 * as a co-mention table and a static network drawn at build time.
 */
package org.dossier.views.connections;
