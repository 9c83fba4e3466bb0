/**
 * Every Arabic text rule of Akhbar lives here: URL slugs, digit styles, regional
 * Gregorian month names, Gregorian and Hijri date formatting, excerpts, reading
 * time and the normalisation used for search.
 *
 * <p>Keeping the rules in one package means a site never shows one spelling of a
 * month in the header and another in the archive, and the search index and the
 * query box can never disagree on what "the same word" is.
 *
 * <p>The package is pure Java: it depends on nothing else of the project (no
 * Spring, no database, no web layer) and only on jsoup for reading HTML, so it
 * can be used and tested anywhere.
 */
package org.akhbar.text;
