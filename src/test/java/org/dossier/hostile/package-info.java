/**
 * Hostile and broken input, end to end through the command line: each case builds or fails with
 * one line naming the file, loses nothing, writes nowhere but the output and injects nothing.
 */
package org.dossier.hostile;
