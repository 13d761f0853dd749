/** Diagnostics: the warnings and errors every stage reports, each naming a file and line. */
package org.dossier.diagnostic;
