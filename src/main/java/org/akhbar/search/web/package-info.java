/** The reader's search page ({@code /search}) and the search API under {@code /api/v1}. */
package org.akhbar.search.web;
