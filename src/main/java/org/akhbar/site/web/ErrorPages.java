package org.akhbar.site.web;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.ForbiddenException;
import org.akhbar.platform.GoneException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what went wrong in a page into the Arabic error page with the right status: a
 * missing thing is a 404, a malformed request a 400, never a 500.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorView errors;

    ErrorPages(ErrorView errors) {
        this.errors = errors;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(Exception e, HttpServletResponse response) {
        return errors.of(response, HttpServletResponse.SC_NOT_FOUND, "not-found");
    }

    @ExceptionHandler(GoneException.class)
    ModelAndView gone(GoneException e, HttpServletResponse response) {
        return errors.of(response, HttpServletResponse.SC_GONE, "gone");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletResponse response) {
        return errors.of(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", e.messageKey());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
        return errors.of(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", e.problems().getFirst().messageKey());
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletResponse response) {
        return errors.of(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", e.messageKey());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletResponse response) {
        return errors.of(response, HttpServletResponse.SC_CONFLICT, "conflict", e.messageKey());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletResponse response) {
        return errors.of(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletResponse response) {
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        return errors.of(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        log.error("Unexpected error on a reader page", e);
        return errors.of(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal");
    }
}
