/**
 * The JSON API's endpoints under {@code /api/v1/}: articles (public reads, token writes),
 * sections, tags and authors; the bearer-token check and rate limit that every API request passes
 * ({@link org.akhbar.api.web.ApiAccess}); CORS, ETags and the OpenAPI document. Errors are thrown
 * as {@code platform} exceptions and answered as problem+json by the site's error handling.
 */
package org.akhbar.api.web;
