/**
 * Text helpers shared by every stage: slugs, JSON string literals, texts held compactly in memory
 * or on a temporary shelf on disk.
 */
package org.dossier.text;
