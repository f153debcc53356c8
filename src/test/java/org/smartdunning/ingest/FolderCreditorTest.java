package org.smartdunning.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.history.CreditorId;
import org.smartdunning.ingest.csv.CsvCreditorFolderSource;

/** Whose folder it is: its creditor file, the creditor named, else the default; never another's. */
class FolderCreditorTest {
    @TempDir
    Path folder;

    private CreditorId of(Optional<CreditorId> named) {
        return FolderCreditor.of(new CsvCreditorFolderSource(), folder, named);
    }

    @Test
    void withoutAFileTheNamedCreditorElseTheDefault() {
        assertThat(of(Optional.empty())).isEqualTo(CreditorId.DEFAULT);
        assertThat(of(Optional.of(new CreditorId("acme")))).isEqualTo(new CreditorId("acme"));
    }

    @Test
    void theFileDecidesAndMustAgreeWithTheNameGiven() throws Exception {
        Files.writeString(folder.resolve("creditor"), "acme\n");
        assertThat(of(Optional.empty())).isEqualTo(new CreditorId("acme"));
        assertThat(of(Optional.of(new CreditorId("acme")))).isEqualTo(new CreditorId("acme"));
        assertThatThrownBy(() -> of(Optional.of(new CreditorId("bolt"))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.report()).isEqualTo(
                        "creditor:1:1 (creditor): the folder belongs to creditor 'acme', not to 'bolt' named on the"
                                + " command line\n1 problem, nothing imported for creditor 'bolt'\n"));
    }

    @Test
    void aMalformedOrUnreadableFileIsAProblemOfTheFile() throws Exception {
        Files.writeString(folder.resolve("creditor"), "acme corp\n");
        assertThatThrownBy(() -> of(Optional.empty())).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems().get(0).render()).isEqualTo(
                        "creditor:1:1 (creditor): creditor id must be 1 to 64 letters, digits, '-' or '_'"));
        Files.write(folder.resolve("creditor"), new byte[] {'a', (byte) 0xF6, '\n'});
        assertThatThrownBy(() -> of(Optional.empty())).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems().get(0).render()).isEqualTo("creditor:1:1 (creditor): not UTF-8 text"));
    }
}
