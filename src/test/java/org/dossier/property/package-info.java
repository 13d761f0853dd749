/**
 * Property tests over seeded, generated articles: the loader, the cross-linker and the site build
 * never fail on them but with a one-line error, and give the same output for the same input. The
 * number of cases is {@code -Ddossier.propertyCases=N}.
 */
package org.dossier.property;
