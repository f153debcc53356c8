package org.smartdunning.testing;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;

/**
 * A second process that opens a store for a creditor, claims it, says {@value #READY} and holds it
 * until its standard input closes: the other process of the concurrency tests.
 */
public final class StoreHolder {
    public static final String READY = "holding";

    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(args[0], new CreditorId(args[1])).claimFor(args.length > 2 ? args[2] : "decide")) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our input or ends us
            }
        }
    }

    /** Starts the holder in a new JVM with this test run's class path. */
    public static Process start(String url, String creditor) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(),
                url, creditor)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
