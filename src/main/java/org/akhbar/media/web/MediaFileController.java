package org.akhbar.media.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.akhbar.media.MediaImage;
import org.akhbar.media.MediaNotFoundException;
import org.akhbar.media.MediaRepository;
import org.akhbar.media.MediaStorage;
import org.akhbar.media.MediaStorage.StoredFile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves media files to readers. The content type is the one the upload proved to be, kept in its
 * row, never guessed from the address; browsers are told not to sniff, and a policy that allows
 * nothing and sandboxes the response keeps any file that slipped through from acting as a page of
 * this site. The files never change, so they are cached for a year.
 */
@Controller
class MediaFileController {

    static final String POLICY = "default-src 'none'; sandbox";
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final MediaRepository media;
    private final MediaStorage storage;

    MediaFileController(MediaRepository media, MediaStorage storage) {
        this.media = media;
        this.storage = storage;
    }

    @GetMapping("/media/{key:" + MediaStorage.KEY_PATTERN + "}/{file:" + MediaStorage.FILE_PATTERN + "}")
    void serve(@PathVariable String key, @PathVariable String file, HttpServletResponse response) throws IOException {
        String path = key + "/" + file;
        MediaImage image = media.findByStorageKey(key).orElseThrow(() -> new MediaNotFoundException(path));
        String contentType = image.contentTypeOf(file).orElseThrow(() -> new MediaNotFoundException(path));
        try (StoredFile stored = storage.open(key, file).orElseThrow(() -> new MediaNotFoundException(path))) {
            response.setContentType(contentType);
            response.setContentLengthLong(stored.size());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("Content-Disposition", "inline");
            response.setHeader("Cache-Control", CACHE_CONTROL);
            stored.content().transferTo(response.getOutputStream());
        }
    }
}
