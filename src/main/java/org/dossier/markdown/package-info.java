/** Markdown: article bodies from CommonMark to sanitised HTML, and the text of their blocks. */
package org.dossier.markdown;
