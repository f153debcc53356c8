package org.smartdunning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartdunning.testing.NativeLoadProbe;

/**
 * The packaged tool's native libraries are unpacked once to a fixed place, not to a new temp file
 * per process: a killed run leaves nothing in the temp folder, and a second run copies nothing again.
 */
class NativeLibrariesIT {
    @TempDir
    Path dir;

    @Test
    void aKilledRunLeavesNoNativeLibraryInTheTempFolder() throws Exception {
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");

        killAfterLoading(temp, cache);

        assertThat(files(temp)).isEmpty();
        List<Path> cached = files(cache);
        assertThat(cached).singleElement().satisfies(library -> {
            assertThat(library.getFileName()).hasToString(System.mapLibraryName("xgboost4j"));
            assertThat(cache.relativize(library).getName(0)).hasToString("xgboost4j-2.1.3");
        });
        assertThat(files(Path.of("target/lib"))).anySatisfy(library ->
                assertThat(library.getFileName().toString()).startsWith("libduckdb_java.so_"));
        FileTime copied = Files.getLastModifiedTime(cached.get(0));

        killAfterLoading(temp, cache);

        assertThat(files(temp)).isEmpty();
        assertThat(files(cache)).containsExactlyElementsOf(cached);
        assertThat(Files.getLastModifiedTime(cached.get(0))).isEqualTo(copied);
    }

    /** Runs the probe on the packaged jars until both libraries are loaded, then kills it (SIGKILL). */
    private void killAfterLoading(Path temp, Path cache) throws IOException, InterruptedException {
        String classpath = String.join(File.pathSeparator, "target/test-classes", "target/smart-dunning.jar",
                "target/lib/*");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-Ddunning.native.dir=" + cache, "-cp", classpath,
                NativeLoadProbe.class.getName(), dir.resolve("probe.duckdb").toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder said = new StringBuilder();
            for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
                said.append(line).append('\n');
            }
            assertThat(probe.isAlive()).as("the probe stopped before loading both libraries:\n%s", said).isTrue();
            assertThat(files(temp)).as("while it runs").isEmpty();
        } finally {
            probe.destroyForcibly();
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
