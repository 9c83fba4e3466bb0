package org.akhbar.api.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.api.ApiCaller;
import org.akhbar.api.ApiTokens;
import org.akhbar.api.RateLimiter;
import org.akhbar.platform.UnauthorizedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every API request passes here before its endpoint: a bearer token, if one is sent, must be valid
 * (a 401 otherwise, even for a read: a client with a broken token should hear of it), and the
 * caller's allowance is counted (per token, or per address without one; a 429 when spent). API
 * requests carry no session and no cookie, so there is nothing for CSRF to forge. Errors thrown
 * here are answered as problem+json like an endpoint's own.
 */
@Component
class ApiAccess implements HandlerInterceptor {

    private static final String CALLER = ApiAccess.class.getName() + ".caller";
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final RateLimiter limiter;
    private final int anonymousLimit;

    ApiAccess(ApiTokens tokens, RateLimiter limiter,
            @Value("${akhbar.api.rate-limit.anonymous:600}") int anonymousLimit) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.anonymousLimit = anonymousLimit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (CorsUtils.isPreFlightRequest(request)) {
            return true;
        }
        String authorization = request.getHeader("Authorization");
        RateLimiter.Allowance allowance;
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new UnauthorizedException("api.error.token-invalid");
            }
            ApiCaller caller = tokens.authenticate(authorization.substring(BEARER.length()).strip());
            request.setAttribute(CALLER, caller);
            allowance = limiter.take("token:" + caller.tokenId(), caller.rateLimit());
        } else {
            allowance = limiter.take("address:" + request.getRemoteAddr(), anonymousLimit);
        }
        response.setHeader("X-RateLimit-Limit", Integer.toString(allowance.limit()));
        response.setHeader("X-RateLimit-Remaining", Integer.toString(allowance.remaining()));
        return true;
    }

    /** The caller, if the request came with a valid token. */
    static Optional<ApiCaller> caller(HttpServletRequest request) {
        return Optional.ofNullable((ApiCaller) request.getAttribute(CALLER));
    }

    /** The caller of a request that needs a token: a 401 without one. */
    static ApiCaller requireCaller(HttpServletRequest request) {
        return caller(request).orElseThrow(() -> new UnauthorizedException("api.error.token-missing"));
    }
}
