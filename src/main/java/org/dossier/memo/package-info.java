/**
 * Results a live build keeps from one update to the next, so that it redoes only what changed:
 * each update reads what the last successful one recorded and records its own.
 */
package org.dossier.memo;
