/**
 * Sections (the header's الاقتصاد، رئيسي، شؤون دولية …) and tags: their names, slugs, order and
 * whether the header menu shows them. Created on demand when an article names them; editors also
 * create, rename, hide and reorder sections by hand. May use {@code platform} and {@code text}.
 */
package org.akhbar.taxonomy;
