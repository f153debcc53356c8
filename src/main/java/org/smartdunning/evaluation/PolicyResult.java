package org.smartdunning.evaluation;

/**
 * What one policy achieves on the batch, in expectation under the truth.
 *
 * @param fallbacks invoices where the policy's channel was unreachable and a letter was sent instead
 */
public record PolicyResult(String policy, double totalValue, double valuePerInvoice, long collections,
                           double cashRecovered, double expectedChurn, double expectedInquiries, long fallbacks) {

    /** Relative change of {@code value} against {@code reference}, in percent; NaN when the reference is 0. */
    public static double percentChange(double value, double reference) {
        return reference == 0 ? Double.NaN : 100 * (value - reference) / reference;
    }
}
