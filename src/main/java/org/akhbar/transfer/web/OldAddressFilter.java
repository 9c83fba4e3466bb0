package org.akhbar.transfer.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.akhbar.transfer.OldAddresses;
import org.akhbar.transfer.RedirectRepository;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the old addresses of an imported site with a 301 to their new ones. Normal pages pay
 * nothing: the redirect table is only consulted when the site is about to answer 404 (the old
 * permalinks, archives and feeds are not Akhbar addresses), or for WordPress's query addresses on
 * the home page ({@code /?p=123}), which would otherwise show the home page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class OldAddressFilter extends OncePerRequestFilter {

    private static final Set<String> QUERY_NAMES = Set.of("p", "page_id", "cat", "tag", "author", "attachment_id");
    /** Where old addresses never are: the newsroom, the API, media files. */
    private static final Set<String> NOT_OLD = Set.of("/newsroom", "/api/", "/media/", "/assets/");

    private final RedirectRepository redirects;

    OldAddressFilter(RedirectRepository redirects) {
        this.redirects = redirects;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String uri = request.getRequestURI();
        return NOT_OLD.stream().anyMatch(uri::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (namesAnItem(request.getQueryString())) {
            Optional<String> target = target(request);
            if (target.isPresent()) {
                redirect(response, target.get());
                return;
            }
        }
        NotFoundCatcher catcher = new NotFoundCatcher(request, response);
        chain.doFilter(request, catcher);
    }

    private static boolean namesAnItem(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && QUERY_NAMES.contains(pair.substring(0, equals))) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> target(HttpServletRequest request) {
        return OldAddresses.key(request.getRequestURI(), request.getQueryString()).flatMap(redirects::findTarget);
    }

    private static void redirect(HttpServletResponse response, String target) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(HttpHeaders.LOCATION, target);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
        response.setContentLength(0);
    }

    /**
     * Lets the response through until it turns out to be a 404; then, if the address is an old
     * one, answers the redirect instead and swallows the error page written after it.
     */
    private final class NotFoundCatcher extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean redirected;

        NotFoundCatcher(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private boolean tryRedirect(int status) {
            if (redirected) {
                return true;
            }
            if (status != SC_NOT_FOUND || isCommitted()) {
                return false;
            }
            Optional<String> target = target(request);
            if (target.isEmpty()) {
                return false;
            }
            resetBuffer();
            redirect((HttpServletResponse) getResponse(), target.get());
            redirected = true;
            return true;
        }

        @Override
        public void setStatus(int sc) {
            if (!tryRedirect(sc)) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (!tryRedirect(sc)) {
                super.sendError(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (!tryRedirect(sc)) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!redirected) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!redirected) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!redirected) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (!redirected) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!redirected) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return redirected ? new Discarding() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return redirected ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }
    }

    /** Where the error page's bytes go once the answer is a redirect. */
    private static final class Discarding extends ServletOutputStream {

        private final OutputStream sink = OutputStream.nullOutputStream();

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // writes never block here
        }

        @Override
        public void write(int b) throws IOException {
            sink.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            sink.write(b, off, len);
        }
    }
}
