package org.smartdunning.ingest.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZippedFolderTest {
    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndTexts[i]));
                out.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aFolderAtTheRootOrUnderOneTopFolderIsFoundAndDeletedOnClose() throws IOException {
        Path root;
        try (ZippedFolder folder = ZippedFolder.unpack(new ByteArrayInputStream(zip("as_of", "2026-06-01",
                "history/customers.csv", "customer_id")), 1_000)) {
            assertThat(folder.folder().resolve("history/customers.csv")).hasContent("customer_id");
            root = folder.folder();
        }
        assertThat(root).doesNotExist();
        try (ZippedFolder folder = ZippedFolder.unpack(new ByteArrayInputStream(zip("export/as_of", "2026-06-01")),
                1_000)) {
            assertThat(folder.folder().getFileName()).hasToString("export");
        }
    }

    @Test
    void anEntryLeavingTheFolderIsRefusedAndNothingStaysBehind() throws IOException {
        byte[] evil = zip("as_of", "x", "../evil", "pwned");
        assertThatThrownBy(() -> ZippedFolder.unpack(new ByteArrayInputStream(evil), 1_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../evil' leaves the folder");
        assertThat(Files.exists(Path.of(System.getProperty("java.io.tmpdir")).resolve("evil"))).isFalse();
    }

    @Test
    void anArchiveUnpackingToMoreThanAllowedIsRefused() throws IOException {
        byte[] big = zip("a", "x".repeat(5_000));
        assertThatThrownBy(() -> ZippedFolder.unpack(new ByteArrayInputStream(big), 1_000))
                .hasMessageContaining("more than 1000 bytes");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertThatThrownBy(() -> ZippedFolder.unpack(new ByteArrayInputStream("{}".getBytes()), 1_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a zip archive");
    }
}
