package org.smartdunning.models;

/**
 * Calibrates a margin into a probability, p = sigmoid(a·margin + b), fitted by Newton's method on
 * out-of-fold margins so the probabilities mean what they say. Identity is a = 1, b = 0.
 */
public record PlattScaling(double a, double b) {
    public static final PlattScaling IDENTITY = new PlattScaling(1, 0);

    public double probability(double margin) {
        return sigmoid(a * margin + b);
    }

    /** Weighted maximum likelihood fit; falls back to identity when the data cannot support a fit. */
    public static PlattScaling fit(double[] margins, float[] labels, float[] weights) {
        PlattScaling fit = newton(margins, labels, weights, 1, 0);
        return fit == null ? IDENTITY : fit;
    }

    /**
     * One action's calibration: its own intercept, and a slope pulled towards {@code slope} (the
     * calibration of all actions) as if {@code priorRows} rows had shown it. A large arm gets its own
     * slope; an arm of a hundred rows, whose slope would follow its noise, mostly the shared one. Where that
     * fit fails (its slope would not be positive), the shared slope with the arm's own intercept: the arm
     * keeps its level (with no intercept, a letter arm that observed 0.13 inquiries predicted 0.33).
     */
    public static PlattScaling fitTowards(double[] margins, float[] labels, float[] weights, double slope,
                                          double priorRows) {
        double information = 0;
        double total = 0;
        for (int i = 0; i < margins.length; i++) {
            double p = sigmoid(slope * margins[i]);
            information += weights[i] * p * (1 - p) * margins[i] * margins[i];
            total += weights[i];
        }
        PlattScaling fit = newton(margins, labels, weights, slope, total > 0 ? priorRows * information / total : 0);
        return fit != null ? fit : interceptAt(margins, labels, weights, slope);
    }

    /** The intercept of largest likelihood at slope {@code a}: the arm's mean probability is its observed rate. */
    static PlattScaling interceptAt(double[] margins, float[] labels, float[] weights, double a) {
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double g = 0;
            double h = 0;
            for (int i = 0; i < margins.length; i++) {
                double p = sigmoid(a * margins[i] + b);
                g += (p - labels[i]) * weights[i];
                h += Math.max(p * (1 - p), 1e-9) * weights[i];
            }
            if (!(h > 0)) {
                break;
            }
            double db = g / h;
            double t = stepShare(margins, labels, weights, a, 0, a, b, 0, db);
            b -= t * db;
            if (t * Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new PlattScaling(a, Double.isFinite(b) ? b : 0);
    }

    /**
     * Newton's method, its steps halved as needed, on the log-likelihood less lambda/2 (a - slope)^2, from
     * (slope, 0); null when it fails.
     */
    private static PlattScaling newton(double[] margins, float[] labels, float[] weights, double slope, double lambda) {
        double a = slope;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double ga = lambda * (a - slope), gb = 0, haa = lambda, hab = 0, hbb = 0;
            for (int i = 0; i < margins.length; i++) {
                double p = sigmoid(a * margins[i] + b);
                double r = (p - labels[i]) * weights[i];
                double s = Math.max(p * (1 - p), 1e-9) * weights[i];
                ga += r * margins[i];
                gb += r;
                haa += s * margins[i] * margins[i];
                hab += s * margins[i];
                hbb += s;
            }
            double det = haa * hbb - hab * hab;
            if (!(Math.abs(det) > 1e-12)) {
                return null;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double t = stepShare(margins, labels, weights, slope, lambda, a, b, da, db);
            a -= t * da;
            b -= t * db;
            if (t * (Math.abs(da) + Math.abs(db)) < 1e-9) {
                break;
            }
        }
        return Double.isFinite(a) && Double.isFinite(b) && a > 0 ? new PlattScaling(a, b) : null;
    }

    /**
     * The share of the Newton step (da, db) from (a, b) to take: the whole step, halved until the penalised
     * likelihood does not fall. A full step overshoots where the margins are far out and the labels rare (the
     * slope went to 1.6 million on a cold start's inquiries).
     */
    private static double stepShare(double[] margins, float[] labels, float[] weights, double slope, double lambda,
                                    double a, double b, double da, double db) {
        double before = logLikelihood(margins, labels, weights, slope, lambda, a, b);
        double t = 1;
        while (t > 1e-9 && !(logLikelihood(margins, labels, weights, slope, lambda, a - t * da, b - t * db)
                >= before - 1e-10 * (1 + Math.abs(before)))) {
            t /= 2;
        }
        return t;
    }

    /** The weighted log-likelihood at (a, b) less lambda/2 (a - slope)^2. */
    private static double logLikelihood(double[] margins, float[] labels, float[] weights, double slope, double lambda,
                                        double a, double b) {
        double sum = -lambda / 2 * (a - slope) * (a - slope);
        for (int i = 0; i < margins.length; i++) {
            double z = a * margins[i] + b;
            sum += weights[i] * (labels[i] * logSigmoid(z) + (1 - labels[i]) * logSigmoid(-z));
        }
        return sum;
    }

    /** log(sigmoid(z)) without overflow. */
    private static double logSigmoid(double z) {
        return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
