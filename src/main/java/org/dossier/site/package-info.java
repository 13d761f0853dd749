/** The site: runs the build's phases in order and swaps the finished site into place. */
package org.dossier.site;
