package org.smartdunning.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;

/**
 * A second process that opens a store for a creditor, claims it as `decide` would, and holds it
 * until ended: the other process of the concurrency tests. Started, it has claimed the creditor.
 */
public final class StoreHolder implements AutoCloseable {
    private static final String READY = "holding";

    private final Process process;

    private StoreHolder(Process process) {
        this.process = process;
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(args[0], new CreditorId(args[1])).claimFor("decide")) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test ends us
            }
        }
    }

    /** Starts the holder in a new JVM with this test run's class path; returns once it holds the creditor. */
    public static StoreHolder start(String url, String creditor) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), url, creditor)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        if (!READY.equals(out.readLine())) {
            process.destroyForcibly();
            throw new IllegalStateException("the holder process did not claim " + creditor);
        }
        return new StoreHolder(process);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
