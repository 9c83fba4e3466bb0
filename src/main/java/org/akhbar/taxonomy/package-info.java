/**
 * Sections (the header's الاقتصاد، رئيسي، شؤون دولية …) and tags: their names, slugs and order.
 * Created on demand when an article names them. May use {@code platform} and {@code text}.
 */
package org.akhbar.taxonomy;
