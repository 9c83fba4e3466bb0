package org.akhbar.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The browsable API reference (Swagger UI, served from the jar under {@code /api/v1/swagger-ui/})
 * sets inline styles from its script, which the site's content security policy forbids. For those
 * pages only, inline styles are allowed; scripts, connections and everything else stay as strict
 * as on every other page (this site only, no inline script).
 */
@Component
class ReferencePagePolicy implements HandlerInterceptor {

    static final String PATHS = "/api/v1/swagger-ui/**";
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader("Content-Security-Policy", POLICY);
        return true;
    }
}
