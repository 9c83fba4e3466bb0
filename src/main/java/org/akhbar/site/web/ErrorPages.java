package org.akhbar.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.ConflictException;
import org.akhbar.platform.ForbiddenException;
import org.akhbar.platform.GoneException;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.NotFoundException;
import org.akhbar.platform.TooManyRequestsException;
import org.akhbar.platform.UnauthorizedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what went wrong in a page into the Arabic error page with the right status (under
 * {@code /api/}, into problem+json): a missing thing is a 404, a malformed request a 400, never a 500.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorView errors;

    ErrorPages(ErrorView errors) {
        this.errors = errors;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_NOT_FOUND, "not-found");
    }

    @ExceptionHandler(GoneException.class)
    ModelAndView gone(GoneException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_GONE, "gone");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", e.messageKey());
    }

    /** Under {@code /api/}, the problem lists every field that is wrong, each with its explanation. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.invalid(request, response, e.problems());
    }

    /** An API request whose body is not the JSON it should be (malformed, a field of the wrong type, an unknown field). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", "error.unreadable-body");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "bad-request",
                "error.unsupported-media-type");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "bad-request", "error.not-acceptable");
    }

    @ExceptionHandler(UnauthorizedException.class)
    ModelAndView unauthorized(UnauthorizedException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Bearer");
        return errors.of(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", e.messageKey());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        return errors.of(request, response, 429, "too-many", e.messageKey());
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", e.messageKey());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_CONFLICT, "conflict", e.messageKey());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return errors.of(request, response, HttpServletResponse.SC_BAD_REQUEST, "bad-request");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        return errors.of(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected error answering {}", request.getRequestURI(), e);
        return errors.of(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal");
    }
}
