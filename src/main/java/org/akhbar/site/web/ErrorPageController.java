package org.akhbar.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors raised outside any controller (by the container, a filter, a bad URL) get the Arabic page too. */
@Controller
class ErrorPageController implements ErrorController {

    private final ErrorView errors;

    ErrorPageController(ErrorView errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String kind = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method";
            default -> status < 500 ? "bad-request" : "internal";
        };
        return errors.of(request, response, status, kind);
    }
}
