package org.akhbar.site.web;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.NotFoundException;
import org.akhbar.site.ErrorPage;
import org.akhbar.site.SiteChrome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what went wrong in a reader page into the Arabic error page with the right status: a
 * missing thing is a 404, a malformed request a 400, never a 500.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final SiteChrome chrome;

    ErrorPages(SiteChrome chrome) {
        this.chrome = chrome;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(Exception e, HttpServletResponse response) {
        return page(response, HttpServletResponse.SC_NOT_FOUND, "error.not-found.title", "error.not-found.text");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletResponse response) {
        return page(response, HttpServletResponse.SC_BAD_REQUEST, "error.bad-request.title", e.messageKey());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletResponse response) {
        return page(response, HttpServletResponse.SC_BAD_REQUEST, "error.bad-request.title", "error.bad-request.text");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletResponse response) {
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        return page(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "error.method.title", "error.method.text");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        log.error("Unexpected error on a reader page", e);
        return page(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.internal.title", "error.internal.text");
    }

    private ModelAndView page(HttpServletResponse response, int status, String titleKey, String explanationKey) {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        ModelAndView view = new ModelAndView("site/error");
        view.addObject("page", new ErrorPage(chrome.chromeForErrors(), status, titleKey, explanationKey));
        view.setStatus(HttpStatusCode.valueOf(status));
        return view;
    }
}
