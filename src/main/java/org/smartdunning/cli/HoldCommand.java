package org.smartdunning.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.smartdunning.bootstrap.Engine;
import org.smartdunning.workflow.Hold;
import org.smartdunning.workflow.HoldReason;
import org.smartdunning.workflow.HoldScope;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning hold}: stops all dunning of an invoice or a customer until lifted (or an end day). */
@Command(name = "hold", mixinStandardHelpOptions = true,
        header = "Places a hold on an invoice or a customer; without one, lists the holds.",
        description = {"Places a hold: a disputed invoice, an agreed payment plan or a customer-service hold",
            "stops every stage and withdraws queued messages until it ends or is released.",
            "Without --invoice or --customer, lists the holds."})
public final class HoldCommand implements Callable<Integer> {
    /** What the hold covers. */
    static final class Target {
        @Option(names = "--invoice", paramLabel = "ID", description = "hold one invoice")
        String invoice;

        @Option(names = "--customer", paramLabel = "ID", description = "hold every invoice of a customer")
        String customer;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Target target;

    @Option(names = "--reason", defaultValue = "service", paramLabel = "REASON",
            description = "dispute, payment_plan or service (default: ${DEFAULT-VALUE})")
    private String reason;

    @Option(names = "--from", paramLabel = "DATE", description = "first day of the hold (default: today)")
    private LocalDate from;

    @Option(names = "--until", paramLabel = "DATE", description = "day dunning may resume by itself (default: when released)")
    private LocalDate until;

    @Option(names = "--note", defaultValue = "", description = "why, for the audit log")
    private String note;

    @Mixin
    private StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate start = from != null ? from : LocalDate.now(Clock.systemUTC());
        if (until != null && !until.isAfter(start)) {
            return CommandErrors.report(err, "hold", new IllegalArgumentException("--until " + until
                    + " must be after the first day " + start), false);
        }
        return store.run("hold", err, null, StoreOptions.Access.SHARED, database -> {
            Engine engine = Engine.on(database, Clock.systemUTC());
            if (target == null) {
                engine.listHolds().all().forEach(h -> out.println(h.describe() + (h.liftedOn() != null ? ", released " + h.liftedOn() : "")
                        + (h.note().isEmpty() ? "" : ": " + h.note())));
                out.flush();
                return 0;
            }
            boolean invoice = target.invoice != null;
            Hold hold = engine.placeHold().place(invoice ? HoldScope.INVOICE : HoldScope.CUSTOMER,
                    invoice ? target.invoice : target.customer, HoldReason.of(reason), start, until, note);
            out.println("placed " + hold.describe());
            out.flush();
            return 0;
        });
    }
}
