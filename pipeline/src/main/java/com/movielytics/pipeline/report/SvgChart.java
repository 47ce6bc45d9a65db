package com.movielytics.pipeline.report;

import static com.movielytics.pipeline.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The report's charts, drawn as inline SVG by the JVM: no charting library, no script, nothing to fetch. Every
 * drawn value (a bar, a segment, a point) is an element of class {@code mark} with a {@code <title>} that gives its
 * label and value, so a reader hovering it, and a test, can read it back.
 */
final class SvgChart {
  private static final String[] PALETTE =
      {"#2f6fb3", "#e07b39", "#3f9b6a", "#b4447d", "#7a5cc4", "#c9a227", "#4b9fb8", "#8a6d3b"};
  private static final int WIDTH = 760;
  private static final int PLOT_HEIGHT = 220;

  private SvgChart() {}

  /** Horizontal bars, one per label: for rankings whose labels are long (movie titles, genres). */
  static String bars(String title, List<String> labels, List<Double> values, String unit) {
    int left = 230;
    int right = 70;
    int rowHeight = 22;
    int top = 10;
    int height = top + rowHeight * labels.size() + 30;
    Scale x = Scale.of(values, left, WIDTH - right);
    StringBuilder svg = open(title, height);
    axisTicks(svg, x, top, top + rowHeight * labels.size(), true, unit);
    for (int i = 0; i < labels.size(); i++) {
      int y = top + i * rowHeight;
      svg.append(text(left - 6, y + 15, "end", shorten(labels.get(i), 36)));
      Double value = values.get(i);
      if (value == null) {
        continue;
      }
      double from = x.at(Math.min(0, value));
      double to = x.at(Math.max(0, value));
      svg.append(String.format(Locale.ROOT,
          "<rect class=\"mark\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title>"
              + "</rect>",
          from, y + 3, Math.max(1, to - from), rowHeight - 6, PALETTE[0], escape(labels.get(i)),
          escape(number(value) + unit)));
      svg.append(text(to + 4, y + 15, "start", number(value) + unit));
    }
    return svg.append("</svg>\n").toString();
  }

  /** Vertical columns, one per category in order: for months, quarters, runs. */
  static String columns(String title, List<String> labels, List<Double> values, String unit) {
    return stackedColumns(title, labels, Map.of(title, values), unit, false);
  }

  /**
   * Vertical columns whose segments stack {@code series} (name to one value per label), with a legend: for the
   * phases of each run.
   */
  static String stackedColumns(
      String title, List<String> labels, Map<String, List<Double>> series, String unit, boolean legend) {
    int left = 70;
    int top = 10;
    int bottom = top + PLOT_HEIGHT;
    List<Double> totals = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      double total = 0;
      for (List<Double> values : series.values()) {
        total += values.get(i) == null ? 0 : Math.max(0, values.get(i));
      }
      totals.add(total);
    }
    Scale y = Scale.of(totals, bottom, top);
    StringBuilder svg = open(title, bottom + 50 + (legend ? 24 : 0));
    axisTicks(svg, y, left, WIDTH - 10, false, unit);
    double slot = (WIDTH - 10 - left) / (double) Math.max(1, labels.size());
    double barWidth = Math.min(48, slot * 0.7);
    for (int i = 0; i < labels.size(); i++) {
      double x = left + slot * i + (slot - barWidth) / 2;
      double base = 0;
      int s = 0;
      for (Map.Entry<String, List<Double>> entry : series.entrySet()) {
        Double value = entry.getValue().get(i);
        if (value != null && value > 0) {
          double top0 = y.at(base + value);
          svg.append(String.format(Locale.ROOT,
              "<rect class=\"mark\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s%s: %s"
                  + "</title></rect>",
              x, top0, barWidth, Math.max(1, y.at(base) - top0), PALETTE[s % PALETTE.length], escape(labels.get(i)),
              series.size() > 1 ? " " + escape(entry.getKey()) : "", escape(number(value) + unit)));
          base += value;
        }
        s++;
      }
      if (labels.size() <= 16 || i % (labels.size() / 12 + 1) == 0) {
        svg.append(text(x + barWidth / 2, bottom + 16, "middle", shorten(labels.get(i), 18)));
      }
    }
    if (legend) {
      legend(svg, series.keySet(), bottom + 40);
    }
    return svg.append("</svg>\n").toString();
  }

  /** Lines over ordered categories, one per series (name to one value per category; null leaves a gap). */
  static String lines(String title, List<String> categories, Map<String, List<Double>> series, String unit) {
    int left = 70;
    int top = 10;
    int bottom = top + PLOT_HEIGHT;
    List<Double> all = series.values().stream().flatMap(List::stream).filter(Objects::nonNull).toList();
    Scale y = Scale.of(all, bottom, top);
    StringBuilder svg = open(title, bottom + 74);
    axisTicks(svg, y, left, WIDTH - 10, false, unit);
    double step = (WIDTH - 30 - left) / (double) Math.max(1, categories.size() - 1);
    for (int i = 0; i < categories.size(); i++) {
      if (categories.size() <= 16 || i % (categories.size() / 12 + 1) == 0) {
        svg.append(text(left + 10 + step * i, bottom + 16, "middle", shorten(categories.get(i), 14)));
      }
    }
    int s = 0;
    for (Map.Entry<String, List<Double>> entry : series.entrySet()) {
      String color = PALETTE[s++ % PALETTE.length];
      StringBuilder path = new StringBuilder();
      StringBuilder points = new StringBuilder();
      boolean drawing = false;
      for (int i = 0; i < categories.size(); i++) {
        Double value = entry.getValue().get(i);
        if (value == null) {
          drawing = false;
          continue;
        }
        double px = left + 10 + step * i;
        double py = y.at(value);
        path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", drawing ? "L" : "M", px, py));
        drawing = true;
        points.append(String.format(Locale.ROOT,
            "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s, %s: %s</title></circle>",
            px, py, color, escape(entry.getKey()), escape(categories.get(i)), escape(number(value) + unit)));
      }
      svg.append("<path class=\"line\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(color).append("\" d=\"")
          .append(path.toString().strip()).append("\"/>").append(points);
    }
    legend(svg, series.keySet(), bottom + 40);
    return svg.append("</svg>\n").toString();
  }

  private static StringBuilder open(String title, int height) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
            + "role=\"img\" aria-label=\"%s\"><title>%s</title>",
        WIDTH, height, WIDTH, height, escape(title), escape(title)));
  }

  /** Grid lines and tick labels of a value axis, across ({@code vertical}: the axis runs left to right) the plot. */
  private static void axisTicks(StringBuilder svg, Scale scale, int from, int to, boolean vertical, String unit) {
    for (double tick : scale.ticks()) {
      double at = scale.at(tick);
      if (vertical) {
        svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
            at, from, at, to));
        svg.append(text(at, to + 14, "middle", number(tick) + unit));
      } else {
        svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
            from, at, to, at));
        svg.append(text(from - 6, at + 4, "end", number(tick) + unit));
      }
    }
    double zero = scale.at(0);
    svg.append(vertical
        ? String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", zero, from,
            zero, to)
        : String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", from, zero,
            to, zero));
  }

  private static void legend(StringBuilder svg, Iterable<String> names, int y) {
    int x = 70;
    int s = 0;
    for (String name : names) {
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", x,
          y - 9, PALETTE[s++ % PALETTE.length]));
      String label = shorten(name, 24);
      svg.append(text(x + 14, y, "start", label));
      x += 24 + label.length() * 7;
      if (x > WIDTH - 140) {
        x = 70;
        y += 16;
      }
    }
  }

  private static String text(double x, double y, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
        escape(text));
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** A figure as an axis shows it: 1,234 / 12.3k / 4.5M / 6.7B, and up to two decimals below 100. */
  static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 1e9) {
      return String.format(Locale.ROOT, "%.1fB", value / 1e9);
    }
    if (magnitude >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", value / 1e6);
    }
    if (magnitude >= 1e4) {
      return String.format(Locale.ROOT, "%.1fk", value / 1e3);
    }
    if (magnitude >= 100 || value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceFirst("\\.?0+$", "");
  }

  /** A linear value axis from a domain that includes 0, rounded out to a tick step of 1, 2 or 5 times 10^n. */
  record Scale(double min, double max, double step, double from, double to) {
    static Scale of(List<Double> values, double from, double to) {
      double low = 0;
      double high = 0;
      for (Double v : values) {
        if (v != null) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
      if (high == low) {
        high = low + 1;
      }
      double rough = (high - low) / 4;
      double power = Math.pow(10, Math.floor(Math.log10(rough)));
      double step = power * (rough <= power ? 1 : rough <= 2 * power ? 2 : rough <= 5 * power ? 5 : 10);
      return new Scale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step, from, to);
    }

    double at(double value) {
      return from + (value - min) / (max - min) * (to - from);
    }

    List<Double> ticks() {
      List<Double> ticks = new ArrayList<>();
      for (double t = min; t <= max + step / 2; t += step) {
        ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
      }
      return ticks;
    }
  }
}
