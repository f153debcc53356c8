package org.smartdunning.cli;

import org.smartdunning.bootstrap.Engine;
import org.smartdunning.models.EngineBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dunning} command line: one sub-command per business act. */
@Command(name = "dunning", mixinStandardHelpOptions = true, versionProvider = DunningCli.Version.class,
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

    /** The engine's version and the commit it was built from, as its saved models record them. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            EngineBuild build = Engine.build();
            return new String[] {"Smart Dunning " + build.version() + " (commit " + build.commit() + ")"};
        }
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new DunningCli());
    }
}
