package org.akhbar.media.web;

import org.akhbar.media.MediaService;
import org.akhbar.site.SiteChrome;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} is stopped while the request is
 * read, before any controller is chosen, so no controller's own handler sees it: this one answers it
 * for every address, with the media library's 413 rather than the reader site's error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private final MediaService service;
    private final SiteChrome site;

    UploadLimit(MediaService service, SiteChrome site) {
        this.service = service;
        this.site = site;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<MediaProblem> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(MediaProblem.of("too-large", service.tooLarge(), site.messages()));
    }
}
