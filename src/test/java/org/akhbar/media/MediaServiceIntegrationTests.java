package org.akhbar.media;

import static org.akhbar.schema.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.akhbar.media.MediaStorage.StoredFile;
import org.akhbar.platform.Change;
import org.akhbar.platform.ChangeLog;
import org.akhbar.platform.InvalidInputException;
import org.akhbar.platform.Slice;
import org.akhbar.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

@DatabaseTest
class MediaServiceIntegrationTests {

    @Autowired
    MediaService service;

    @Autowired
    MediaRepository media;

    @Autowired
    MediaStorage storage;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    DSLContext db;

    @TempDir
    Path folder;

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The service as the application has it, but storing into {@code other}. */
    private MediaService storingInto(MediaStorage other) {
        return new MediaService(media, other, changeLog, transactions, clock, DataSize.ofMegabytes(20), 40_000_000);
    }

    private Slice<MediaImage> named(String name) {
        return media.page(name, null, 10);
    }

    @Test
    void anUploadKeepsTheOriginalItsRenditionsAndARow() throws IOException {
        byte[] content = TestImages.jpeg(1200, 800);
        MediaImage image = service.upload("مؤتمر صحفي.jpg", content, "وزير يتحدث", "المؤتمر الصحفي في دمشق",
                "تصوير: سامر الحداد", null);

        assertThat(image.type()).isEqualTo(ImageType.JPEG);
        assertThat(image.width()).isEqualTo(1200);
        assertThat(image.height()).isEqualTo(800);
        assertThat(image.byteSize()).isEqualTo(content.length);
        assertThat(image.widths()).containsExactly(320, 640, 1024, 1200);
        assertThat(image.storageKey()).matches(MediaStorage.KEY_PATTERN);
        assertThat(image.originalName()).isEqualTo("مؤتمر صحفي.jpg");
        assertThat(image.credit()).isEqualTo("تصوير: سامر الحداد");
        assertThat(media.findById(image.id())).contains(image);
        try (StoredFile original = storage.open(image.storageKey(), "original.jpg").orElseThrow()) {
            assertThat(original.content().readAllBytes()).isEqualTo(content);
        }
        for (String file : List.of("320.jpg", "640.jpg", "1024.jpg", "1200.jpg")) {
            assertThat(storage.exists(image.storageKey(), file)).as(file).isTrue();
        }
        assertThat(db.select(CHANGE_LOG.ACTION).from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY.eq("media").and(CHANGE_LOG.ENTITY_ID.eq(image.id()))).fetch(CHANGE_LOG.ACTION))
                .containsExactly(Change.STAFF_ONLY);
    }

    @Test
    void aPngNamedLikeAJpegIsStoredAsThePngItIs() throws IOException {
        MediaImage image = service.upload("photo.jpg", TestImages.png(700, 350), null, null, null, null);
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.url()).endsWith("/700.png");
        assertThat(storage.exists(image.storageKey(), "original.png")).isTrue();
        assertThat(storage.exists(image.storageKey(), "original.jpg")).isFalse();
        assertThat(image.widths()).containsExactly(320, 640, 700);
        assertThat(storage.exists(image.storageKey(), "640.png")).isTrue();
    }

    @Test
    void aGifIsKeptAsItIsWithoutRenditions() throws IOException {
        byte[] animation = TestImages.animatedGif(1800, 60);
        MediaImage image = service.upload("loop.gif", animation, null, null, null, null);
        assertThat(image.widths()).isEmpty();
        assertThat(image.srcset()).isEqualTo(image.url() + " 1800w");
        try (StoredFile original = storage.open(image.storageKey(), "original.gif").orElseThrow()) {
            assertThat(original.content().readAllBytes()).isEqualTo(animation);
        }
    }

    @Test
    void textsAreTidiedAndBlankOnesLeftOut() {
        MediaImage image = service.upload("C:\\Users\\desk\\Pictures\\  صورة.png ", TestImages.png(10, 10),
                "  نص\n\tبديل  ", "\r\nسطر أول\r\nسطر ثانٍ\u0007  ", "   ", null);
        assertThat(image.originalName()).isEqualTo("صورة.png");
        assertThat(image.alt()).isEqualTo("نص بديل");
        assertThat(image.caption()).isEqualTo("سطر أول\nسطر ثانٍ");
        assertThat(image.credit()).isNull();
    }

    @Test
    void tooLongTextsAreRefusedBeforeAnythingIsStored() {
        String name = unique("long");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> service.upload(name,
                TestImages.png(10, 10), "أ".repeat(501), "ب".repeat(2001), "ج".repeat(301), null));
        assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("alt", "caption", "credit");
        assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey).containsExactly(
                "media.error.alt-too-long", "media.error.caption-too-long", "media.error.credit-too-long");
        assertThat(named(name).items()).isEmpty();
    }

    @Test
    void describingChangesTheTextsOnly() {
        MediaImage image = service.upload("before.png", TestImages.png(10, 10), "قبل", null, null, null);
        MediaImage described = service.describe(image.id(), "بعد", "تعليق", "حقوق");
        assertThat(described.alt()).isEqualTo("بعد");
        assertThat(described.caption()).isEqualTo("تعليق");
        assertThat(described.credit()).isEqualTo("حقوق");
        assertThat(described.storageKey()).isEqualTo(image.storageKey());
        assertThat(media.findById(image.id())).contains(described);

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> service.describe(image.id(), null, null, "ح".repeat(301)));
        assertThatExceptionOfType(MediaNotFoundException.class)
                .isThrownBy(() -> service.describe(999_999_999L, "x", null, null));
    }

    @Test
    void theLibraryIsSearchedAndPagedNewestFirst() {
        String credit = unique("وكالة");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(service.upload("p" + i + ".png", TestImages.png(10, 10), null, null, credit, null).id());
        }
        Slice<MediaImage> first = media.page(credit, null, 3);
        assertThat(first.items()).extracting(MediaImage::id).containsExactly(ids.get(4), ids.get(3), ids.get(2));
        Slice<MediaImage> second = media.page(credit, first.next().orElseThrow(), 3);
        assertThat(second.items()).extracting(MediaImage::id).containsExactly(ids.get(1), ids.get(0));
        assertThat(second.next()).isEmpty();

        assertThat(media.page(credit.toUpperCase(), null, 10).items()).hasSize(5);
        assertThat(media.page("p3.png" + credit, null, 10).items()).isEmpty();
        assertThat(media.findByIds(List.of(ids.get(0), ids.get(2), 999_999_999L))).extracting(MediaImage::id)
                .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        assertThat(media.findByIds(List.of())).isEmpty();
    }

    @Test
    void whenStoringFailsNoRowIsWrittenAndNoFileLeft() {
        FolderStorage folderStorage = new FolderStorage(folder);
        MediaStorage failingOnTheSecondFile = new MediaStorage() {
            private int puts;

            @Override
            public void put(String key, String fileName, byte[] content) throws IOException {
                if (++puts == 2) {
                    throw new IOException("disk full");
                }
                folderStorage.put(key, fileName, content);
            }

            @Override
            public Optional<StoredFile> open(String key, String fileName) throws IOException {
                return folderStorage.open(key, fileName);
            }

            @Override
            public boolean exists(String key, String fileName) throws IOException {
                return folderStorage.exists(key, fileName);
            }

            @Override
            public void delete(String key) throws IOException {
                folderStorage.delete(key);
            }
        };
        String name = unique("full-disk");

        assertThatExceptionOfType(MediaStorageException.class).isThrownBy(() -> storingInto(failingOnTheSecondFile)
                .upload(name, TestImages.jpeg(800, 600), null, null, null, null));

        assertThat(named(name).items()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void whenTheRowCannotBeWrittenTheStoredFilesAreDeleted() {
        String name = unique("orphan");
        long noSuchAccount = 999_999_999L;

        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> storingInto(new FolderStorage(folder))
                .upload(name, TestImages.jpeg(800, 600), null, null, null, noSuchAccount));

        assertThat(named(name).items()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }
}
