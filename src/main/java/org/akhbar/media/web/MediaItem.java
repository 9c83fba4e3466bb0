package org.akhbar.media.web;

import org.akhbar.media.MediaImage;

/** An image as the newsroom's script gets it in JSON. */
record MediaItem(long id, String url, String src, String thumb, String srcset, int width, int height, String alt,
        String caption, String credit, String originalName) {

    static MediaItem of(MediaImage image) {
        return new MediaItem(image.id(), image.url(), image.src(), image.thumbnail(), image.srcset(), image.width(),
                image.height(), image.alt(), image.caption(), image.credit(), image.originalName());
    }
}
