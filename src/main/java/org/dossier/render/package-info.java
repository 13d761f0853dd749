/** The renderer: turns the linked dossier into pages with the Mustache templates. */
package org.dossier.render;
