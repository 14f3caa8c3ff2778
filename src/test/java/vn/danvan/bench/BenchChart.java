package vn.danvan.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The scenarios against their targets (issue 19) as one picture: each bar is a figure as a share of
 * its target, so that 100% means "just met" whether the target is a floor (cases per second) or a
 * ceiling (latency, seconds, memory). Green bars meet their target, red ones miss it.
 */
final class BenchChart {

    /** A figure of a scenario and its target. */
    record Target(String scenario, String figure, String label, double target, boolean floor) {

        Double value(Map<String, Map<String, Object>> results) {
            Map<String, Object> figures = results.get(scenario);
            return figures == null || !(figures.get(figure) instanceof Number n) ? null : n.doubleValue();
        }

        double share(double value) {
            return floor ? value / target : value == 0 ? 1 : target / value;
        }
    }

    static final List<Target> TARGETS = List.of(
            new Target("intake-kafka", "cases_per_s", "intake-kafka cases/s", 300, true),
            new Target("intake-kafka", "ratio", "intake-kafka / engine-baseline", 0.8, true),
            new Target("intake-rest", "cases_per_s", "intake-rest cases/s", 250, true),
            new Target("intake-rest", "p99_ms", "intake-rest p99 ms", 200, false),
            new Target("intake-rest", "ratio", "intake-rest / engine-rest-baseline", 0.9, true),
            new Target("handoff", "p99_ms", "handoff p99 ms", 100, false),
            // 10,000 escalations in under 60 s, as a rate so that a smaller run compares too
            new Target("escalation-burst", "escalations_per_s", "escalation-burst escalations/s", 10_000 / 60.0, true),
            new Target("resources", "rss_mb", "resident memory MB", 1024, false));

    private BenchChart() {
    }

    static void write(Path file, Map<String, Map<String, Object>> results, String subtitle) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Boolean> met = new ArrayList<>();
        for (Target t : TARGETS) {
            Double value = t.value(results);
            if (value == null) {
                continue;
            }
            double share = t.share(value);
            met.add(share >= 1);
            data.addValue(100 * share, "share of target", String.format(Locale.ROOT, "%s: %s (target %s %s)", t.label(),
                    number(value), t.floor() ? "≥" : "≤", number(t.target())));
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return met.get(column) ? new Color(0x2e7d32) : new Color(0xc62828);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        NumberAxis axis = new NumberAxis("% of target (100% = met)");
        axis.setRange(0, Math.max(120, data.getColumnCount() == 0 ? 120
                : data.getColumnKeys().stream().mapToDouble(k -> data.getValue("share of target", (Comparable<?>) k)
                        .doubleValue()).max().orElse(100) * 1.1));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker hundred = new ValueMarker(100, Color.BLACK, new BasicStroke(2f));
        plot.addRangeMarker(hundred);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.6f);
        JFreeChart chart = new JFreeChart("danvan benchmark against the targets of issue 19",
                new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
        chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        Files.createDirectories(file.getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 120 + 48 * Math.max(1, data.getColumnCount()));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
