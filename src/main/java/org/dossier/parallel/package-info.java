/**
 * Work spread over every core in small batches, so that no core waits while another finishes a
 * long share, and results in the order of the input whatever thread made them.
 */
package org.dossier.parallel;
