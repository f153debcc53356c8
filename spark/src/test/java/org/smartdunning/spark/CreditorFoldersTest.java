package org.smartdunning.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's inputs: creditor folders and folders of them, named by their creditor file or their own name, one per creditor. */
class CreditorFoldersTest {
    @TempDir
    Path temp;

    @Test
    void aFolderOfFoldersGivesEachCreditorByItsFileElseItsName() throws IOException {
        folder("all/acme", null);
        folder("all/b2", "bolt");
        Files.createDirectories(temp.resolve("all/notes"));
        assertThat(CreditorFolders.find(List.of(temp.resolve("all").toString()), new Configuration()))
                .extracting(CreditorFolder::creditor).containsExactly("acme", "bolt");
    }

    @Test
    void oneCreditorsFolderMayBeGivenItself() throws IOException {
        Path acme = folder("acme", null);
        assertThat(CreditorFolders.find(List.of(acme.toString()), new Configuration()))
                .singleElement().satisfies(f -> assertThat(f.location()).endsWith("/acme"));
    }

    @Test
    void twoFoldersOfOneCreditorAreRefusedBeforeAnyWork() throws IOException {
        Path first = folder("x/acme", null);
        Path second = folder("y/other", "acme");
        assertThatThrownBy(() -> CreditorFolders.find(List.of(first.toString(), second.toString()), new Configuration()))
                .hasMessageContaining("creditor 'acme' has two folders");
    }

    @Test
    void aFolderWithoutCreditorsIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("empty/sub"));
        assertThatThrownBy(() -> CreditorFolders.find(List.of(temp.resolve("empty").toString()), new Configuration()))
                .hasMessageContaining("neither a creditor's folder (no as_of file) nor a folder of them");
        assertThatThrownBy(() -> CreditorFolders.find(List.of(temp.resolve("missing").toString()), new Configuration()))
                .hasMessageContaining("no such folder");
    }

    @Test
    void aFolderNameThatIsNoCreditorIdIsNamedWithTheReason() throws IOException {
        Path odd = folder("all/acme corp", null);
        assertThatThrownBy(() -> CreditorFolders.find(List.of(odd.toString()), new Configuration()))
                .hasMessageContaining("letters, digits").hasMessageContaining("the folder's name, as it has no creditor file");
    }

    private Path folder(String name, String creditor) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("as_of"), "2026-06-01\n");
        if (creditor != null) {
            Files.writeString(folder.resolve("creditor"), creditor + "\n");
        }
        return folder;
    }
}
