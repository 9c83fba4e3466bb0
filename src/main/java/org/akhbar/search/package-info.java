/**
 * Search and related articles: the Lucene index of published articles (one writer for the node's
 * life, fed from the change log, rebuilt from the database at will or when it is missing), the
 * Arabic analysis wired from {@code text}'s rules, a tolerant query syntax (words and quoted
 * phrases), snippets, spelling suggestions, the site's spelling equivalences, the similarity ranking
 * stored as each article's related articles, and the {@code reindex} job. Its {@code web}
 * sub-package holds the reader's search page and the search API. May use {@code platform},
 * {@code text}, {@code taxonomy}, {@code site}, {@code article} and, for its repository,
 * {@code schema}.
 */
package org.akhbar.search;
