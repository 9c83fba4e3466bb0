/**
 * The JSON API v1 for other systems: public reads of published articles, sections, tags and
 * authors, and writes with API tokens that administrators create and revoke. A token acts for one
 * newsroom account, limited to its scopes, and writes go through {@code article}'s workflow like
 * the newsroom's own saves (validation, sanitising, revisions, 409 on a stale version). Tokens are
 * stored as hashes; requests are rate-limited per token (per address without one), in memory on
 * each node. Its {@code web} sub-package holds the endpoints under {@code /api/v1/}, CORS and the
 * OpenAPI document. May use {@code platform}, {@code text}, {@code taxonomy}, {@code people},
 * {@code site} and {@code article}.
 */
package org.akhbar.api;
