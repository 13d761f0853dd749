/** The command line: parses options, runs a command, prints one-line errors and exits. */
package org.dossier.cli;
