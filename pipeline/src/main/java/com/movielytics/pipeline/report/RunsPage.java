package com.movielytics.pipeline.report;

import static com.movielytics.pipeline.report.Html.escape;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Runs page, for the engineer on call: the newest run (its sources, checks and quarantine) first, then the
 * run history with the phases' durations and the rows each source loaded run by run.
 */
final class RunsPage {
  private static final List<String> PHASES = List.of("stage", "upsert", "marts", "quality");

  private RunsPage() {}

  static String body(Connection c) throws SQLException {
    QueryResult newest;
    try {
      newest = QueryResult.run(c, "report/newest_run.sql");
    } catch (SQLException e) {
      if (QueryResult.isAbsent(e)) {
        return "<p class=\"absent\">This warehouse has no movies.etl_run table: no run has loaded it yet.</p>";
      }
      throw e;
    }
    if (newest.isEmpty()) {
      return "<p class=\"absent\">No run has been recorded in this warehouse yet.</p>";
    }
    String runId = (String) newest.rows().get(0).get(0);
    try {
      return newestRun(c, runId) + history(c);
    } catch (SQLException e) {
      if (QueryResult.isDenied(e)) {
        // The analyst role reads neither the run log's inputs and errors nor the quarantined records.
        return "<p class=\"absent\">The user this report read the warehouse as may not read the run log in full ("
            + escape(e.getMessage()) + "). The Runs page is for the loader or an administrator (see "
            + "sql/roles/loader_and_analyst.sql); the Warehouse and Data dictionary pages are complete.</p>";
      }
      throw e;
    }
  }

  private static String newestRun(Connection c, String runId) throws SQLException {
    QueryResult run = QueryResult.run(c, "run/run_summary.sql", runId);
    List<Object> row = run.rows().get(0);
    String status = (String) run.value(row, "status");
    boolean failed = status.equals("failed");
    QueryResult sources = QueryResult.run(c, "run/run_source_counts.sql", runId);
    QueryResult checks = QueryResult.run(c, "run/quality_results.sql", runId);

    long ratings = sources.rows().stream().filter(r -> "ratings".equals(sources.value(r, "source")))
        .mapToLong(r -> ((Number) sources.value(r, "loaded")).longValue()).sum();
    long failedChecks = checks.rows().stream().filter(r -> checkClass(checks, r).equals("failed")).count();
    long quarantined = sources.numbers("quarantined").stream().mapToLong(Double::longValue).sum();

    StringBuilder html = new StringBuilder("<section id=\"newest-run\"><h2>Newest run <code>")
        .append(escape(runId)).append("</code></h2>\n<dl class=\"figures\">")
        .append(figure("newest-run-status", "status", status, "status-" + status))
        .append(figure("newest-run-runner", "runner", run.value(row, "runner"), ""))
        .append(figure("newest-run-load-mode", "load mode", run.value(row, "load_mode"), ""))
        .append(figure("newest-run-total-seconds", "total seconds",
            Html.format(run.value(row, "total_seconds")), ""))
        .append(figure("newest-run-ratings-loaded", failed ? "ratings valid (rolled back)" : "ratings loaded",
            Html.format(ratings), ""))
        .append(figure("newest-run-failed-checks", "failed checks", Html.format(failedChecks),
            failedChecks > 0 ? "status-failed" : ""))
        .append(figure("newest-run-quarantined", "records quarantined", Html.format(quarantined), ""))
        .append("</dl>\n");
    html.append("<p class=\"note\">Input: ").append(escape(run.value(row, "input_prefix")))
        .append("</p>\n");
    Object error = run.value(row, "error");
    if (error != null) {
      html.append("<p class=\"error\" id=\"newest-run-error\">").append(escape(error)).append("</p>\n");
    }
    html.append("<h3>Sources</h3>\n").append(failed
        ? "<p class=\"note\">Nothing of this run reached the final tables; its files stay pending. The column "
            + "loaded is what it would have loaded.</p>\n"
        : "")
        .append(Html.table(sources)).append(Html.sql("run/run_source_counts.sql"));
    html.append("<h3>Quality checks</h3>\n").append(Html.table(checks, r -> checkClass(checks, r)))
        .append(Html.sql("run/quality_results.sql"));
    html.append("<h3>Quarantine by source and reason</h3>\n").append(quarantine(c, runId))
        .append(Html.sql("report/quarantine_by_reason.sql"));
    return html.append("</section>\n").toString();
  }

  /** How a check's row is marked: failed (an error that failed the run), warned, or not at all. */
  private static String checkClass(QueryResult checks, List<Object> row) {
    return (Boolean) checks.value(row, "passed") ? "" : "error".equals(checks.value(row, "severity")) ? "failed"
        : "warned";
  }

  private static String quarantine(Connection c, String runId) throws SQLException {
    QueryResult quarantine;
    try {
      quarantine = QueryResult.run(c, "report/quarantine_by_reason.sql", runId);
    } catch (SQLException e) {
      if (QueryResult.isAbsent(e)) { // a warehouse no run has brought up to date since reason codes came
        return "<p class=\"absent\">" + escape(e.getMessage()) + ": the next run adds what this needs.</p>\n";
      }
      throw e;
    }
    return quarantine.isEmpty()
        ? "<p class=\"note\">The run quarantined no record.</p>\n"
        : "<p class=\"note\">movies.quarantine has every record with its file, line, byte offset and text.</p>\n"
            + Html.table(quarantine);
  }

  private static String history(Connection c) throws SQLException {
    QueryResult runs = QueryResult.run(c, "report/run_history.sql");
    List<List<Object>> oldestFirst = new ArrayList<>(runs.rows());
    Collections.reverse(oldestFirst);
    List<String> labels = new ArrayList<>();
    Map<String, List<Double>> phases = new LinkedHashMap<>();
    PHASES.forEach(p -> phases.put(p, new ArrayList<>()));
    for (List<Object> run : oldestFirst) {
      labels.add(((String) run.get(0)).substring(0, 15));
      for (String phase : PHASES) {
        Object seconds = run.get(runs.columns().indexOf(phase + "_seconds"));
        phases.get(phase).add(seconds == null ? null : ((Number) seconds).doubleValue());
      }
    }
    QueryResult loaded = QueryResult.run(c, "report/loaded_per_source.sql");
    List<String> loadRuns = loaded.texts("run_id").stream().distinct().toList();
    Map<String, List<Double>> perSource = new TreeMap<>();
    for (List<Object> r : loaded.rows()) {
      List<Double> values = perSource.computeIfAbsent((String) r.get(1),
          s -> new ArrayList<>(Collections.nCopies(loadRuns.size(), (Double) null)));
      values.set(loadRuns.indexOf((String) r.get(0)), ((Number) r.get(2)).doubleValue());
    }
    StringBuilder html = new StringBuilder("<section id=\"run-history\"><h2>Run history</h2>\n")
        .append("<p class=\"note\">The newest 30 runs. Phases: read+parse+stage (stage), upsert, marts and quality "
            + "checks, in seconds.</p>\n")
        .append(SvgChart.stackedColumns("Duration by phase, per run (seconds)", labels, phases, "s", true))
        .append("<h3>Rows loaded per source, run by run</h3>\n");
    html.append(loaded.isEmpty()
        ? "<p class=\"note\">No run has succeeded yet.</p>\n"
        : SvgChart.lines("Rows loaded per source, per succeeded run", loadRuns.stream().map(r -> r.substring(0, 15))
            .toList(), perSource, ""));
    html.append(Html.sql("report/loaded_per_source.sql"))
        .append("<h3>Runs</h3>\n")
        .append(Html.table(runs, r -> "failed".equals(r.get(1)) ? "failed" : ""))
        .append(Html.sql("report/run_history.sql"));
    return html.append("</section>\n").toString();
  }

  private static String figure(String id, String label, Object value, String cssClass) {
    return "<div><dt>" + escape(label) + "</dt><dd id=\"" + id + "\"" + (cssClass.isEmpty() ? "" : " class=\""
        + cssClass + "\"") + ">" + escape(value) + "</dd></div>";
  }
}
