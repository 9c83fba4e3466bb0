package org.akhbar.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFolderTests {

    @TempDir
    Path temp;

    private MediaFolder folder() throws IOException {
        Path uploads = Files.createDirectories(temp.resolve("uploads/2019/05"));
        Files.writeString(uploads.resolve("photo.jpg"), "x");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        return new MediaFolder(temp.resolve("uploads"));
    }

    @Test
    void aFileInsideTheFolderIsFound() throws IOException {
        assertThat(folder().resolve("2019/05/photo.jpg").file()).contains(temp.resolve("uploads/2019/05/photo.jpg").toRealPath());
        assertThat(folder().resolve("2019/05/../05/photo.jpg").file()).isPresent();
    }

    @Test
    void pathsThatLeaveTheFolderAreRefused() throws IOException {
        MediaFolder folder = folder();
        assertThat(folder.resolve("../secret.txt").refusal().messageKey()).isEqualTo("wordpress.media.outside");
        assertThat(folder.resolve("2019/../../secret.txt").refusal().messageKey()).isEqualTo("wordpress.media.outside");
        assertThat(folder.resolve(temp.resolve("secret.txt").toString()).refusal().messageKey()).isEqualTo("wordpress.media.outside");
    }

    @Test
    void aSymbolicLinkLeadingOutIsRefused() throws IOException {
        MediaFolder folder = folder();
        Files.createSymbolicLink(temp.resolve("uploads/2019/05/link.jpg"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(temp.resolve("uploads/outside"), temp);
        assertThat(folder.resolve("2019/05/link.jpg").refusal().messageKey()).isEqualTo("wordpress.media.outside");
        assertThat(folder.resolve("outside/secret.txt").refusal().messageKey()).isEqualTo("wordpress.media.outside");
    }

    @Test
    void aMissingFileOrNoPathIsSaidSo() throws IOException {
        assertThat(folder().resolve("2019/05/nope.jpg").refusal().messageKey()).isEqualTo("wordpress.media.missing");
        assertThat(folder().resolve("").refusal().messageKey()).isEqualTo("wordpress.media.no-path");
        assertThat(folder().resolve("a\0b").refusal().messageKey()).isEqualTo("wordpress.media.no-path");
    }
}
