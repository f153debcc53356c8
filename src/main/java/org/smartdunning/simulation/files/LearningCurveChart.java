package org.smartdunning.simulation.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.smartdunning.simulation.LearningCurve;
import org.smartdunning.simulation.MonthResult;

/** Draws learning curves, one line per world × seed × start, as a PNG of the share of the gap closed per month. */
public final class LearningCurveChart {
    private LearningCurveChart() {
    }

    /** Writes {@code file} (a .png is added when missing); every curve a line, the baselines' dashed. */
    public static void write(Path file, List<LearningCurve> curves) {
        XYChart chart = new XYChartBuilder().width(1000).height(620).title("Learning curve: share of the gap to the oracle closed")
                .xAxisTitle("month").yAxisTitle("gap closed").build();
        chart.getStyler().setYAxisMax(1.0);
        for (LearningCurve curve : curves) {
            List<Integer> x = curve.months().stream().map(MonthResult::month).toList();
            String name = curve.settings().world().name() + " s" + curve.settings().seed() + " "
                    + curve.settings().start().name().toLowerCase(java.util.Locale.ROOT);
            chart.addSeries(name, x, curve.months().stream().map(m -> clamp(m.gapClosed())).toList());
            XYSeries rules = chart.addSeries(name + " history-rules", x,
                    curve.months().stream().map(m -> clamp(m.baselineGapClosed())).toList());
            rules.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
        }
        try {
            BitmapEncoder.saveBitmap(chart, file.toString().replaceFirst("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + file, e);
        }
    }

    /** A month far below the standard process would squash every other line; the chart starts at -0.5. */
    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(-0.5, v);
    }
}
