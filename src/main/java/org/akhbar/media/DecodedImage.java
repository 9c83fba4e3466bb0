package org.akhbar.media;

import java.awt.image.BufferedImage;

/** An upload that has proved to be an image of its type: its size and (the first frame's) pixels, upright. */
record DecodedImage(ImageType type, int width, int height, BufferedImage pixels) {
}
