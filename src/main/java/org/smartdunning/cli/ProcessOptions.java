package org.smartdunning.cli;

import java.nio.file.Path;
import org.smartdunning.bootstrap.ProcessSetup;
import org.smartdunning.bootstrap.RunSettings;
import org.smartdunning.economics.BusinessSettings;
import picocli.CommandLine.Option;

/**
 * Options of the commands that run the daily process: the workflow, the creditor's experiments, the settings file
 * and the economics.
 */
final class ProcessOptions {
    @Option(names = "--workflow", required = true, paramLabel = "FILE",
            description = "the workflow YAML (see examples/workflows)")
    Path workflow;

    @Option(names = "--experiments", paramLabel = "FILE",
            description = "the creditor's experiments YAML at the workflow's stages (see examples/experiments; default: none)")
    Path experiments;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "channels, retries and schedule (see examples/dunning.properties; default: every key's default)")
    Path settings;

    @Option(names = "--business", paramLabel = "FILE",
            description = "the creditor's business.properties (default: the --data folder's, else the contract's defaults)")
    Path business;

    /** The workflow, settings and channels loaded and the economics read: all checked before a store is opened. */
    record Loaded(ProcessSetup setup, BusinessSettings economics) implements AutoCloseable {
        @Override
        public void close() {
            setup.close();
        }
    }

    /** Loads what the process needs besides the store; {@code data} is the folder whose economics apply, or null. */
    Loaded load(Path data) {
        ProcessSetup setup = ProcessSetup.load(workflow, experiments, RunSettings.read(settings));
        try {
            return new Loaded(setup, RunCommand.business(business, data));
        } catch (RuntimeException e) {
            setup.close();
            throw e;
        }
    }
}
