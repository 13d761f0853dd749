/** Text helpers shared by every stage: slugs and JSON string literals. */
package org.dossier.text;
