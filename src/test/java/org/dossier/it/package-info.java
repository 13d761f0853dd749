/**
 * End-to-end tests: the seed dossier built, served by nginx under a sub-path and opened from
 * {@code file://}, driven in Debian's Chromium through Selenium, validated with the Nu HTML Checker
 * and axe-core.
 */
package org.dossier.it;
