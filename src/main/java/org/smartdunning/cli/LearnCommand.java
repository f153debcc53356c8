package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.policy.ColdStartExploration;
import org.smartdunning.simulation.LearningCurve;
import org.smartdunning.simulation.LearningLoop;
import org.smartdunning.simulation.LoopSettings;
import org.smartdunning.simulation.MonthResult;
import org.smartdunning.simulation.files.LearningCurveChart;
import org.smartdunning.world.WorldPresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning learn}: the engine learning from its own exploration, month by month, over live synthetic worlds. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        header = "Runs months of daily decisions over live synthetic worlds, retraining monthly: the learning curve.",
        description = {"Runs N months over live synthetic worlds: every day the engine decides that day's overdue invoices",
            "with exploration on, the world reacts to its actions, and on the first day of each month it retrains on",
            "its own logged decisions (facts before that day only). Prints per month, on the invoices decided in it and",
            "by the world's hidden truth: value per invoice of the engine, the standard process, the history-rules",
            "baseline and the oracle, the share of the gap closed, the exploration's cost and the collection cut;",
            "writes the learning curves as a PNG chart. Decision-only: no workflow and no dispatch."})
public final class LearnCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policy;

    @Option(names = "--worlds", split = ",", paramLabel = "WORLD", defaultValue = WorldPresets.DEFAULT,
            description = "world presets, comma separated (default: ${DEFAULT-VALUE})")
    private List<String> worlds;

    @Option(names = "--seeds", split = ",", paramLabel = "SEED", defaultValue = "1",
            description = "world seeds, comma separated (default: ${DEFAULT-VALUE})")
    private List<Long> seeds;

    @Option(names = "--start", split = ",", paramLabel = "START", defaultValue = "cold",
            description = "where the history starts from: cold (the standard process only) or experiment (the preset's),"
                    + " comma separated for both (default: ${DEFAULT-VALUE})")
    private List<String> starts;

    @Option(names = "--months", defaultValue = "12", description = "simulated months (default: ${DEFAULT-VALUE})")
    private int months;

    @Option(names = "--customers", defaultValue = "20000", description = "customers per world (default: ${DEFAULT-VALUE})")
    private int customers;

    @Option(names = "--from", defaultValue = "2026-06-01", paramLabel = "DATE",
            description = "first simulated day (default: ${DEFAULT-VALUE})")
    private LocalDate from;

    @Option(names = "--chart", defaultValue = "learning-curve.png", paramLabel = "FILE",
            description = "PNG file of the learning curves (default: ${DEFAULT-VALUE})")
    private Path chart;

    @Option(names = "--diagnose", description = "also print, per month, where the engine loses value against the oracle")
    private boolean diagnose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RunStats stats = new RunStats();
        try {
            List<LoopSettings.Start> startList = starts.stream().map(LearnCommand::start).distinct().toList();
            List<String> worldNames = List.copyOf(new LinkedHashSet<>(worlds));
            worldNames.forEach(WorldPresets::named);
            ColdStartExploration coldStart = policy.coldStart();
            List<LearningCurve> curves = new ArrayList<>();
            for (String world : worldNames) {
                for (long seed : List.copyOf(new LinkedHashSet<>(seeds))) {
                    for (LoopSettings.Start start : startList) {
                        LoopSettings settings = new LoopSettings(WorldPresets.named(world), customers, seed, start, from,
                                months, policy.exploration(), coldStart);
                        out.printf(Locale.ROOT, "%n%s seed %d, %s start, %,d customers, %d months from %s%n", world, seed,
                                start.name().toLowerCase(Locale.ROOT), customers, months, from);
                        out.println(HEADER);
                        out.flush();
                        RunStats run = new RunStats();
                        LearningCurve curve = new LearningLoop(settings, Engine.learner()).run(m -> {
                            out.println(row(m));
                            if (diagnose) {
                                m.diagnosis().forEach(out::println);
                            }
                            out.flush();
                        });
                        out.printf(Locale.ROOT, "year: exploration cost %,.0f in total; best month's gain over history-rules"
                                        + " %,.0f; last month closes %.1f%% of the gap (%.1f s)%n", curve.totalExplorationCost(),
                                curve.bestMonthGainOverBaseline(), 100 * curve.last().gapClosed(), run.seconds());
                        curves.add(curve);
                        LearningCurveChart.write(chart, curves); // after every curve, so a long run shows what it has
                    }
                }
            }
            out.println("learning curves drawn in " + chart);
            out.println("learn done in " + stats.summary());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            return CommandErrors.report(spec.commandLine().getErr(), "learn", e, false);
        }
    }

    static final String HEADER = "month  from        invoices  engine  standard  rules  oracle  gap-closed  rules-gap"
            + "  explore-cost  coll-cut  oracle-cut  tried  thin               reference      actions";

    static String row(MonthResult m) {
        return String.format(Locale.ROOT, "%5d  %s  %8d  %6.2f  %8.2f  %5.2f  %6.2f  %9.1f%%  %8.1f%%  %12.2f  %7.1f%%"
                        + "  %9.1f%%  %5d  %-17s  %-13s  %s", m.month(), m.from(), m.invoices(), m.engine(), m.standard(),
                m.baseline(), m.oracle(), 100 * m.gapClosed(), 100 * m.baselineGapClosed(), m.explorationCost(),
                100 * m.engineCollectionCut(), 100 * m.oracleCollectionCut(), m.tried(), m.thin(), m.reference(), actions(m));
    }

    private static String actions(MonthResult m) {
        StringBuilder line = new StringBuilder();
        for (org.smartdunning.history.DunningAction a : org.smartdunning.history.DunningAction.values()) {
            line.append(line.length() == 0 ? "" : " ").append(a.key()).append(' ').append(m.actions().getOrDefault(a, 0));
        }
        return line.toString();
    }

    private static LoopSettings.Start start(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "cold" -> LoopSettings.Start.COLD;
            case "experiment" -> LoopSettings.Start.EXPERIMENT;
            default -> throw new IllegalArgumentException("--start must be cold or experiment, was '" + name + "'");
        };
    }
}
