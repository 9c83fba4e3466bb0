package org.akhbar.media;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.akhbar.platform.Change;
import org.akhbar.platform.ChangeLog;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.InvalidInputException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Uploading images and describing them. An upload is checked, decoded and scaled before any
 * transaction begins (on SQLite a transaction holds the database's write lock), its files are
 * stored, and only then is its row written. Nothing is left half-done: files whose row could not be
 * written are deleted, and a failed store writes no row.
 *
 * <p>Media changes are staff-only in the change log: readers see an image only through an article
 * that uses it.
 */
@Service
public class MediaService {

    public static final String ENTITY = "media";
    static final int ALT_MAX = 500;
    static final int CAPTION_MAX = 2000;
    static final int CREDIT_MAX = 300;
    static final int ORIGINAL_NAME_MAX = 300;
    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    private final MediaRepository media;
    private final MediaStorage storage;
    private final ChangeLog changeLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ImageDecoder decoder;
    private final SecureRandom random = new SecureRandom();

    MediaService(MediaRepository media, MediaStorage storage, ChangeLog changeLog,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${akhbar.media.max-bytes:20MB}") DataSize maxBytes,
            @Value("${akhbar.media.max-pixels:40000000}") long maxPixels) {
        this.media = media;
        this.storage = storage;
        this.changeLog = changeLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.decoder = new ImageDecoder(maxBytes.toBytes(), maxPixels);
    }

    /** What is said about an image, as it will be stored. */
    private record Description(String alt, String caption, String credit) {
    }

    /**
     * Stores an uploaded image with its renditions. The content decides its type; {@code originalName}
     * is only kept to be searched for.
     *
     * @param uploadedBy the account uploading it; null for the system
     * @throws InvalidInputException when it is no accepted image or a text is too long
     * @throws MediaTooLargeException when it is bigger than {@code akhbar.media.max-bytes}
     * @throws MediaStorageException when the storage failed; nothing was kept
     */
    public MediaImage upload(String originalName, InputStream content, String alt, String caption, String credit,
            Long uploadedBy) {
        return upload(originalName, decoder.read(content), alt, caption, credit, uploadedBy);
    }

    /** The same, for content already in memory. */
    public MediaImage upload(String originalName, byte[] content, String alt, String caption, String credit,
            Long uploadedBy) {
        Description description = described(alt, caption, credit);
        DecodedImage decoded = decoder.decode(content);
        List<Rendition> renditions = Renditions.of(decoded);
        MediaImage image = new MediaImage(0, newKey(), decoded.type(), decoded.width(), decoded.height(),
                content.length, renditions.stream().map(Rendition::width).toList(), fileName(originalName),
                description.alt(), description.caption(), description.credit(), clock.instant());
        store(image, content, renditions);
        long id;
        try {
            id = transaction.execute(status -> {
                long inserted = media.insert(image, uploadedBy);
                changeLog.append(ENTITY, inserted, Change.STAFF_ONLY);
                return inserted;
            });
        } catch (RuntimeException e) {
            discard(image.storageKey(), e);
            throw e;
        }
        return media.findById(id).orElseThrow();
    }

    /** The refusal of an upload over the size limit, for one the web server stopped before it got here. */
    public MediaTooLargeException tooLarge() {
        return decoder.tooLarge();
    }

    /** Changes the alt text, caption and credit of an image. */
    @Transactional
    public MediaImage describe(long id, String alt, String caption, String credit) {
        Description description = described(alt, caption, credit);
        if (!media.updateDescription(id, description.alt(), description.caption(), description.credit(),
                clock.instant())) {
            throw new MediaNotFoundException("#" + id);
        }
        changeLog.append(ENTITY, id, "updated");   // a featured image's caption shows on reader pages
        return media.findById(id).orElseThrow();
    }

    /** Stores the original and its renditions, all or none. */
    private void store(MediaImage image, byte[] original, List<Rendition> renditions) {
        String key = image.storageKey();
        try {
            storage.put(key, image.originalFileName(), original);
            for (Rendition rendition : renditions) {
                storage.put(key, rendition.fileName(), rendition.content());
            }
        } catch (IOException | RuntimeException e) {
            discard(key, e);
            throw new MediaStorageException("Cannot store media " + key, e);
        }
    }

    /** Deletes what was stored of an upload that failed; a failure here is told with the first one. */
    private void discard(String key, Exception cause) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
            log.warn("Files of the failed upload {} are left in the media storage", key, e);
        }
    }

    private String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Description described(String alt, String caption, String credit) {
        List<Problem> problems = new ArrayList<>();
        Description description = new Description(
                limited(oneLine(alt), ALT_MAX, "alt", "media.error.alt-too-long", problems),
                limited(paragraphs(caption), CAPTION_MAX, "caption", "media.error.caption-too-long", problems),
                limited(oneLine(credit), CREDIT_MAX, "credit", "media.error.credit-too-long", problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return description;
    }

    private static String limited(String text, int max, String field, String messageKey, List<Problem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new Problem(field, messageKey, max));
        }
        return text;
    }

    /** The name the file had on the uploader's machine, without any folder, cut to fit; it decides nothing. */
    private static String fileName(String originalName) {
        String name = oneLine(originalName);
        if (name == null) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.length() > ORIGINAL_NAME_MAX) {
            boolean splitsAPair = Character.isHighSurrogate(name.charAt(ORIGINAL_NAME_MAX - 1));
            name = name.substring(0, splitsAPair ? ORIGINAL_NAME_MAX - 1 : ORIGINAL_NAME_MAX);
        }
        return name.isEmpty() ? null : name;
    }

    /** Trimmed, with runs of whitespace and control characters as one space; blank is null. */
    private static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("[\\s\\p{Cc}\\u00A0]+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    /** Trimmed, with line breaks kept (as \n) and other control characters dropped; blank is null. */
    private static String paragraphs(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        return clean.isEmpty() ? null : clean;
    }
}
