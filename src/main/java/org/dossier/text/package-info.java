/** Text helpers shared by every stage: slugs. */
package org.dossier.text;
