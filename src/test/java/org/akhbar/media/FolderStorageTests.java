package org.akhbar.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.akhbar.media.MediaStorage.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderStorageTests {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path root;

    private FolderStorage storage() {
        return new FolderStorage(root);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileIsStoredUnderItsKeyAndReadBack() throws IOException {
        FolderStorage storage = storage();
        storage.put(KEY, "original.png", bytes("png"));
        storage.put(KEY, "320.png", bytes("small"));

        assertThat(root.resolve(KEY).resolve("original.png")).hasContent("png");
        assertThat(storage.exists(KEY, "320.png")).isTrue();
        try (StoredFile file = storage.open(KEY, "320.png").orElseThrow()) {
            assertThat(file.size()).isEqualTo(5);
            assertThat(file.content().readAllBytes()).isEqualTo(bytes("small"));
        }
        assertThat(storage.open(KEY, "640.png")).isEmpty();
        assertThat(storage.exists(KEY, "640.png")).isFalse();
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws IOException {
        storage().put(KEY, "original.jpg", bytes("jpeg"));
        try (Stream<Path> files = Files.list(root.resolve(KEY))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("original.jpg");
        }
    }

    @Test
    void deletingAKeyRemovesAllItsFiles() throws IOException {
        FolderStorage storage = storage();
        storage.put(KEY, "original.jpg", bytes("jpeg"));
        storage.put(KEY, "320.jpg", bytes("small"));
        storage.delete(KEY);
        assertThat(root.resolve(KEY)).doesNotExist();
        storage.delete(KEY);
    }

    @Test
    void nothingButAKeyAndAMediaFileNameBecomesAPath() {
        FolderStorage storage = storage();
        for (String key : new String[] {"..", "../" + KEY, KEY.toUpperCase(), KEY + "/x", KEY.substring(1), "", null}) {
            assertThatIllegalArgumentException().as(key).isThrownBy(() -> storage.put(key, "original.jpg", bytes("x")));
            assertThatIllegalArgumentException().as(key).isThrownBy(() -> storage.delete(key));
        }
        for (String name : new String[] {"../original.jpg", "../../etc/passwd", "original.svg", "original.html",
                "320.jpg/..", ".hidden.jpg", "original.JPG", "0.jpg", "", null}) {
            assertThatIllegalArgumentException().as(name).isThrownBy(() -> storage.open(KEY, name));
        }
        assertThat(root).isEmptyDirectory();
    }
}
