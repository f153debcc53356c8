package org.smartdunning.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dunning} command line: one sub-command per business act. */
@Command(name = "dunning", mixinStandardHelpOptions = true, version = "Smart Dunning 0.1.0",
        description = "Decides what to do with each overdue invoice of a subscription business.",
        subcommands = {DemoCommand.class, GenerateCommand.class, ImportCommand.class, TrainCommand.class, DecideCommand.class,
            EvaluateCommand.class, ScorecardCommand.class, RunCommand.class, ServeCommand.class, SimulateCommand.class, LearnCommand.class,
            HoldCommand.class, ReleaseCommand.class, ChargesCommand.class, KpisCommand.class, ExperimentsCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class DunningCli {
    /** Held so the level sticks: PDFBox warns on every letter that it measures Helvetica with a look-alike font. */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    public static void main(String[] args) {
        PDFBOX.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new DunningCli());
    }
}
