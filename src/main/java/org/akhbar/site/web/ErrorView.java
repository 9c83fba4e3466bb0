package org.akhbar.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.InvalidInputException.Problem;
import org.akhbar.site.ErrorPage;
import org.akhbar.site.Messages;
import org.akhbar.site.SiteChrome;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reader or a program is told when something went wrong: the Arabic error page for a
 * status, or under {@code /api/} an {@code application/problem+json} body (RFC 9457) carrying
 * the same Arabic title and explanation. Never cached.
 */
@Component
class ErrorView {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteChrome chrome;

    ErrorView(SiteChrome chrome) {
        this.chrome = chrome;
    }

    /**
     * The answer for {@code status}, titled by its kind ({@code error.<kind>.title}) and explained
     * by a message key with its arguments. For the JSON API the body is written here and the
     * result is {@code null}: the request is handled.
     */
    ModelAndView of(HttpServletRequest request, HttpServletResponse response, int status, String kind,
                    String explanationKey, Object... arguments) {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (isApi(request)) {
            writeProblem(response, status, kind, explanationKey, arguments, List.of());
            return null;
        }
        ModelAndView view = new ModelAndView("site/error", "page",
                new ErrorPage(chrome.chromeForErrors(), status, "error." + kind + ".title", explanationKey));
        view.setStatus(HttpStatusCode.valueOf(status));
        return view;
    }

    /**
     * Input that cannot be saved: the page explains the first problem; a program under
     * {@code /api/} is told every one, as {@code errors: [{field, code, detail}]}.
     */
    ModelAndView invalid(HttpServletRequest request, HttpServletResponse response, List<Problem> problems) {
        Problem first = problems.getFirst();
        if (isApi(request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setHeader("Cache-Control", "no-store");
            writeProblem(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", first.messageKey(),
                    first.arguments(), problems);
            return null;
        }
        return of(request, response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", first.messageKey(),
                first.arguments());
    }

    ModelAndView of(HttpServletRequest request, HttpServletResponse response, int status, String kind) {
        return of(request, response, status, kind, "error." + kind + ".text");
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private void writeProblem(HttpServletResponse response, int status, String kind, String explanationKey,
                              Object[] arguments, List<Problem> problems) {
        Messages t = chrome.messages();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", t.get("error." + kind + ".title"));
        problem.put("status", status);
        problem.put("detail", t.get(explanationKey, arguments));
        problem.put("code", kind);
        if (!problems.isEmpty()) {
            problem.put("errors", problems.stream().map(p -> Map.of("field", p.field(), "code", p.messageKey(),
                    "detail", t.get(p.messageKey(), p.arguments()))).toList());
        }
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        try {
            JSON.writeValue(response.getOutputStream(), problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
