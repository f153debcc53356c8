package org.smartdunning.bootstrap;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.smartdunning.application.decide.DecideListener;
import org.smartdunning.application.port.CreditorStore;
import org.smartdunning.application.scorecard.ScorecardCells;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.evaluation.files.DecisionsFileReader;
import org.smartdunning.history.CreditorId;
import org.smartdunning.history.DunningAction;
import org.smartdunning.history.InvoiceId;
import org.smartdunning.models.TreeTrainer;
import org.smartdunning.store.Database;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.world.files.WorldFolder;

/** The scorecard's cells as folders DIR/&lt;world&gt;-&lt;seed&gt;/ with a fresh embedded store and a decide.log each. */
final class ScorecardFolder implements ScorecardCells {
    private final Path dir;
    private final TreeTrainer trainer;
    private final Function<PrintWriter, DecideListener> logs;

    /** @param logs the door's rendering of the decide job's progress into a cell's decide.log */
    ScorecardFolder(Path dir, TreeTrainer trainer, Function<PrintWriter, DecideListener> logs) {
        this.dir = dir;
        this.trainer = trainer;
        this.logs = logs;
    }

    @Override
    public Path emptied(String world, long seed) {
        try {
            return WorkingFolder.emptied(dir.resolve(world + "-" + seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void generate(Path data, WorldParameters world, LocalDate asOf, long seed, int customers) {
        try {
            WorldFolder.generate(data, world, asOf, seed, customers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Store open(Path cell) {
        Database database = Database.open("jdbc:duckdb:" + cell.resolve("dunning.duckdb"), CreditorId.DEFAULT);
        PrintWriter log;
        try {
            log = new PrintWriter(Files.newBufferedWriter(cell.resolve("decide.log"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        CreditorStore store = new JdbcCreditorStore(database, trainer);
        DecideListener listener = logs.apply(log);
        return new Store() {
            @Override
            public CreditorStore store() {
                return store;
            }

            @Override
            public DecideListener log() {
                return listener;
            }

            @Override
            public void close() {
                try (database) {
                    log.close();
                }
            }
        };
    }

    @Override
    public Map<InvoiceId, DunningAction> decisions(Path file, List<TruthCase> truth) {
        return DecisionsFileReader.read(file, truth);
    }
}
