import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartdunning.economics.BusinessSettings;
import org.smartdunning.economics.OutcomeProbabilities;
import org.smartdunning.economics.files.BusinessSettingsFile;
import org.smartdunning.evaluation.Evaluation;
import org.smartdunning.evaluation.TruthCase;
import org.smartdunning.evaluation.files.TruthFile;
import org.smartdunning.history.DunningAction;

/**
 * How many randomised tries of an action a learner needs before its outcomes can tell the action's worth from the
 * reference action's, whatever the model: the outcomes' own noise, from a generated world's truth.
 *
 * <p>One try's realised value is amount × paid + fee × paid − cost − inquiry cost × inquired − CLV × churned. Given
 * the truth's probabilities its variance is (amount + fee)² p(1−p) + inquiry cost² q(1−q) + CLV² c(1−c) (the three
 * outcomes taken as independent, which leaves out their covariance). The mean advantage of the action over the
 * reference on the batch is known from the truth. A randomised comparison of n tries of the action against n of the
 * reference (an experiment's two arms, or a cold-start pool's tried and untried halves) estimates it with a standard
 * error of at least √((var(action) + var(reference)) / n): this prints it and the z it leaves for a few n, and the n
 * at which the standard error is half the advantage (z = 2). Features can explain the payment part of the noise,
 * not the churn part: a customer's leaving is one Bernoulli draw whatever is known of them, so the churn part alone
 * is printed too, a floor no model goes below.
 *
 * <p>Usage: {@code java -cp "target/smart-dunning.jar:target/lib/*" bench/ceiling/TryNoise.java ACTION REFERENCE
 * TRIES FOLDER...}, TRIES comma-separated, each arm's (e.g. {@code email none 200,356,4250
 * target/ceiling/email-first-20000-1}).
 */
public final class TryNoise {
    public static void main(String[] args) {
        DunningAction action = DunningAction.ofKey(args[0]);
        DunningAction reference = DunningAction.ofKey(args[1]);
        List<Integer> tries = new ArrayList<>();
        for (String n : args[2].split(",")) {
            tries.add(Integer.parseInt(n));
        }
        for (int i = 3; i < args.length; i++) {
            Path folder = Path.of(args[i]);
            BusinessSettings settings = BusinessSettingsFile.read(folder.resolve("business.properties"));
            report(folder, TruthFile.read(folder.resolve("truth.csv")), settings, action, reference, tries);
        }
    }

    private static void report(Path folder, List<TruthCase> batch, BusinessSettings settings, DunningAction action,
                               DunningAction reference, List<Integer> tries) {
        Evaluation truth = new Evaluation(settings);
        double advantage = 0;
        double variance = 0;
        double churnVariance = 0;
        int reachable = 0;
        int best = 0;
        double bestAdvantage = 0;
        for (TruthCase c : batch) {
            if (!c.reachable(action)) {
                continue;
            }
            reachable++;
            double gain = truth.valueOf(c, action) - truth.valueOf(c, reference);
            advantage += gain;
            for (DunningAction arm : List.of(action, reference)) {
                OutcomeProbabilities p = c.outcome(arm);
                double payment = c.amount() + settings.feeKept(arm);
                double churn = c.clv() * c.clv() * p.churn() * (1 - p.churn());
                variance += payment * payment * p.pay() * (1 - p.pay())
                        + settings.costInquiry() * settings.costInquiry() * p.inquiry() * (1 - p.inquiry()) + churn;
                churnVariance += churn;
            }
            if (truth.best(c) == action) {
                best++;
                bestAdvantage += gain;
            }
        }
        advantage /= reachable;
        double sd = Math.sqrt(variance / reachable);
        double churnSd = Math.sqrt(churnVariance / reachable);
        System.out.printf(Locale.ROOT, "%s: %,d batch invoices, %,d reachable by %s, on %,d of them %s is the best"
                + " action%n", folder, batch.size(), reachable, action.key(), best, action.key());
        System.out.printf(Locale.ROOT, "  %s over %s: mean advantage %+.2f per invoice (%+.2f where %s is best);"
                        + " one pair of tries' realised difference has sd %.1f, its churn part alone %.1f%n", action.key(),
                reference.key(), advantage, best == 0 ? 0 : bestAdvantage / best, action.key(), sd, churnSd);
        System.out.printf(Locale.ROOT, "  tries of each for a standard error of half the advantage (z = 2): %,.0f (the"
                        + " churn part alone: %,.0f)%n", 4 * sd * sd / (advantage * advantage),
                4 * churnSd * churnSd / (advantage * advantage));
        for (int n : tries) {
            double se = sd / Math.sqrt(n);
            double churnSe = churnSd / Math.sqrt(n);
            System.out.printf(Locale.ROOT, "  %,6d tries of each: standard error %.1f per invoice, z %.2f (churn part"
                    + " alone: %.1f, z %.2f)%n", n, se, advantage / se, churnSe, advantage / churnSe);
        }
    }
}
