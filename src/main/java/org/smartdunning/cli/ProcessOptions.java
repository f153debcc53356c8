package org.smartdunning.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that run the daily process: the workflow, the settings file and the economics. */
final class ProcessOptions {
    @Option(names = "--workflow", required = true, paramLabel = "FILE",
            description = "the workflow YAML (see examples/workflows)")
    Path workflow;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "channels, retries and schedule (see examples/dunning.properties; default: every key's default)")
    Path settings;

    @Option(names = "--business", paramLabel = "FILE",
            description = "the creditor's business.properties (default: the --data folder's, else the contract's defaults)")
    Path business;
}
