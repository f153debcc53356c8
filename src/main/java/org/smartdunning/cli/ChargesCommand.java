package org.smartdunning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartdunning.history.Money;
import org.smartdunning.law.CountryLaw;
import org.smartdunning.law.DebtorKind;
import org.smartdunning.law.InterestPeriod;
import org.smartdunning.law.LateCharges;
import org.smartdunning.law.files.CountryRulesFile;
import org.smartdunning.law.files.ReferenceRatesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dunning charges}: the statutory interest, fee cap and compensation on an overdue amount, with their sources. */
@Command(name = "charges", mixinStandardHelpOptions = true,
        header = "The interest, reminder fee cap and B2B compensation a country's law allows.",
        description = {"The late-payment interest (period by period, with the reference rate and the legal margin),",
            "the reminder fee cap and the B2B compensation the law of the country allows on an overdue amount —",
            "the same calculator the letters use."})
public final class ChargesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--country", required = true, description = "SE, NO or DE")
    private String country;

    @Option(names = "--amount", required = true, description = "the unpaid amount, e.g. 1250.00")
    private String amount;

    @Option(names = "--due", required = true, paramLabel = "DATE", description = "the invoice's due date")
    private LocalDate due;

    @Option(names = "--on", required = true, paramLabel = "DATE", description = "the day to compute up to")
    private LocalDate on;

    @Option(names = "--debtor", defaultValue = "consumer", description = "consumer or business (default: ${DEFAULT-VALUE})")
    private String debtor;

    @Option(names = "--rates", paramLabel = "FILE", description = "reference rates added to the bundled ones (CSV)")
    private Path rates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CountryLaw law = CountryRulesFile.bundled().on(country.toUpperCase(Locale.ROOT), on).orElseThrow(() ->
                    new IllegalArgumentException("no rule pack for country '" + country + "' (known: SE, NO, DE)"));
            DebtorKind kind = DebtorKind.valueOf(debtor.toUpperCase(Locale.ROOT));
            LateCharges charges = new LateCharges(rates == null ? ReferenceRatesFile.bundled() : ReferenceRatesFile.bundledWith(rates));
            Money principal = Money.parse(amount);
            out.printf(Locale.ROOT, "%s, %s debtor, %s %s due %s, on %s%n", law.country(), kind.name().toLowerCase(Locale.ROOT),
                    law.currency(), principal.toBigDecimal(), due, on);
            for (InterestPeriod p : charges.interestPeriods(law, kind, principal, due.plusDays(law.interestGraceDays()), on)) {
                out.printf(Locale.ROOT, "  interest %s to %s: %d days at %s%% = %s%n", p.first(), p.last(), p.days(),
                        p.ratePercent().stripTrailingZeros().toPlainString(), p.amount().toBigDecimal());
            }
            Money total = charges.interest(law, kind, principal, due, on);
            out.printf(Locale.ROOT, "  interest in all: %s (reference rate + %s points%s)%n", total.toBigDecimal(),
                    law.interestMargin(kind).stripTrailingZeros().toPlainString(),
                    law.interestGraceDays() > 0 ? ", from " + law.interestGraceDays() + " days after the due date" : "");
            out.printf(Locale.ROOT, "  reminder fee cap: %s%n", law.reminderFeeCap().toBigDecimal());
            out.printf(Locale.ROOT, "  flat compensation: %s%n", charges.compensation(law, kind).toBigDecimal());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            return CommandErrors.report(err, "charges", e, false);
        }
    }
}
