package org.akhbar.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaNotFoundException;
import org.akhbar.media.MediaRepository;
import org.akhbar.media.MediaService;
import org.akhbar.media.MediaStorageException;
import org.akhbar.media.MediaTooLargeException;
import org.akhbar.people.StaffUser;
import org.akhbar.platform.BadRequestException;
import org.akhbar.platform.Cursor;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.Slice;
import org.akhbar.site.SiteChrome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The newsroom's media library, for its scripts: list and search images, upload one, change what is
 * said about one. Answers in JSON, refusals included, each with the Arabic sentence to show.
 * Only signed-in staff get here (the newsroom's security chain covers {@code /newsroom/**}).
 */
@RestController
class MediaLibraryController {

    static final int PAGE_SIZE = 20;
    private static final Logger log = LoggerFactory.getLogger(MediaLibraryController.class);

    private final MediaService service;
    private final MediaRepository media;
    private final SiteChrome site;

    MediaLibraryController(MediaService service, MediaRepository media, SiteChrome site) {
        this.service = service;
        this.media = media;
        this.site = site;
    }

    /** Newest first, 20 at a time; {@code next} is the {@code before} of the next page, null at the end. */
    @GetMapping("/newsroom/media.json")
    Map<String, Object> list(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String before) {
        Cursor after = before == null || before.isBlank() ? null : Cursor.parse(before);
        Slice<MediaImage> slice = media.page(q, after, PAGE_SIZE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", slice.items().stream().map(MediaItem::of).toList());
        body.put("next", slice.next().map(Cursor::token).orElse(null));
        return body;
    }

    @PostMapping("/newsroom/media")
    ResponseEntity<MediaItem> upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String alt, @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit, @AuthenticationPrincipal StaffUser user) throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "media.error.required");
        }
        try (InputStream content = file.getInputStream()) {
            MediaImage image = service.upload(file.getOriginalFilename(), content, alt, caption, credit,
                    user.staff().id());
            return ResponseEntity.status(HttpStatus.CREATED).body(MediaItem.of(image));
        }
    }

    @PostMapping("/newsroom/media/{id:\\d{1,18}}")
    MediaItem describe(@PathVariable long id, @RequestParam(required = false) String alt,
            @RequestParam(required = false) String caption, @RequestParam(required = false) String credit) {
        return MediaItem.of(service.describe(id, alt, caption, credit));
    }

    @ExceptionHandler(MediaTooLargeException.class)
    ResponseEntity<MediaProblem> tooLarge(MediaTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(MediaProblem.of("too-large", e, site.messages()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<MediaProblem> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(MediaProblem.of("invalid", e, site.messages()));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<MediaProblem> badRequest(BadRequestException e) {
        return ResponseEntity.badRequest()
                .body(new MediaProblem("invalid", site.messages().get(e.messageKey()), "before"));
    }

    @ExceptionHandler(MediaNotFoundException.class)
    ResponseEntity<MediaProblem> notFound(MediaNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new MediaProblem("not-found", site.messages().get("media.error.not-found"), null));
    }

    @ExceptionHandler(MediaStorageException.class)
    ResponseEntity<MediaProblem> storageFailed(MediaStorageException e) {
        log.error("An upload could not be stored", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new MediaProblem("storage", site.messages().get("media.error.storage"), "file"));
    }
}
