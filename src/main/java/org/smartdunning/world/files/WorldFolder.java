package org.smartdunning.world.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.smartdunning.world.WorldParameters;
import org.smartdunning.world.WorldSimulator;

/** Generates a complete contract folder (as_of, business.properties, batch, history, truth) for a world. */
public final class WorldFolder {
    private WorldFolder() {
    }

    /** Writes the folder and returns the rows written per file, header excluded. */
    public static Map<String, Long> generate(Path dir, WorldParameters world, LocalDate asOf, long seed, int customers)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("as_of"), asOf + "\n", StandardCharsets.UTF_8);
        BusinessPropertiesWriter.write(dir.resolve("business.properties"), world.business(), world.name());
        try (WorldFolderWriter writer = new WorldFolderWriter(dir)) {
            new WorldSimulator(world, asOf, seed).run(customers, writer);
            return writer.counts();
        }
    }
}
