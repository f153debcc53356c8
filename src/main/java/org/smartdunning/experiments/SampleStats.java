package org.smartdunning.experiments;

/** Mean and standard error of the mean of per-row terms. */
final class SampleStats {
    private SampleStats() {
    }

    static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    static double mean(double[] x) {
        return sum(x) / x.length;
    }

    /** Sample standard deviation over sqrt(n); NaN below two rows, where spread cannot be seen. */
    static double standardError(double[] x) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double m = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (n - 1) / n);
    }
}
