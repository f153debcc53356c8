package org.smartdunning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.smartdunning.bootstrap.FirstLook;
import org.smartdunning.bootstrap.RunSettings;
import org.smartdunning.bootstrap.Service;
import org.smartdunning.history.CreditorId;
import org.smartdunning.store.Database;
import org.smartdunning.world.WorldPresets;

/**
 * {@code serve --demo}: where the first look's store and letters go, and its setup told on the
 * terminal — progress, then the creditor's key and the dashboard's address, once.
 *
 * @param url the store: the one given, else a fresh file in {@code dir}
 * @param dir where the simulated letters and hand-off files go
 */
record DemoSetup(String url, Path dir, String workflow, int customers, int days) {
    static final CreditorId CREDITOR = new CreditorId("first-look");

    static DemoSetup of(String db, Path workflowFile, int customers, int days) {
        if (customers < 1 || days < 1) {
            throw new IllegalArgumentException("--demo-customers and --demo-days must be at least 1");
        }
        try {
            String workflow = Files.readString(workflowFile);
            Path dir = Files.createTempDirectory("dunning-first-look-");
            String url = db.equals(Database.DEFAULT_URL) ? "jdbc:duckdb:" + dir.resolve("first-look.duckdb") : db;
            return new DemoSetup(url, dir, workflow, customers, days);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo's workflow or make its folder: " + e.getMessage(), e);
        }
    }

    /** The settings with letters, hand-offs and messages in {@link #dir}: the first look sends nothing. */
    RunSettings runSettings(RunSettings given) {
        return given.within(dir).writingMessagesTo(dir.resolve("out/messages"));
    }

    /** A random administrator's key, when none is set: the demo is for looking, not for keeping. */
    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Sets the creditor up on the service and prints its key and where to look. */
    void setUp(Service service, PrintWriter out, String base) {
        out.printf(Locale.ROOT, "first look: simulating %,d customers of creditor '%s' over %d days of daily runs"
                + " (store %s, letters in %s)%n", customers, CREDITOR.value(), days, url, dir);
        out.flush();
        PrintedProgress progress = new PrintedProgress(out);
        FirstLook.Ready ready = new FirstLook(service).setUp(new FirstLook.Plan(CREDITOR, workflow,
                WorldPresets.named(WorldPresets.DEFAULT), customers, days), progress, progress);
        out.printf(Locale.ROOT, "first look ready: %d days from %s to %s, %,d invoices issued, %,d payments;"
                + " model %s%n", ready.simulated().days(), ready.from(), ready.to(), ready.simulated().invoices(),
                ready.simulated().payments(), ready.trained().trainingKey());
        out.println("creditor '" + CREDITOR.value() + "' API key (shown once): " + ready.key().text());
        out.println("dashboard: " + base + "/dashboard (sign in with the key above)");
        out.flush();
    }
}
