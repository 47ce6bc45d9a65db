package com.movielytics.transforms.warehouse;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data-quality check: a query under {@code sql/quality/} that returns the offending rows. Its leading comments
 * name the table it guards ({@code -- table: movies.ratings}), optionally the sources whose presence in the run
 * makes it apply ({@code -- requires: tags}), and optionally its severity ({@code -- severity: warning}: recorded
 * and printed, the run still succeeds; the default, error, fails the run).
 */
public record QualityCheck(String name, String table, Set<String> requires, String severity, String sql) {
  public static final String ERROR = "error";
  public static final String WARNING = "warning";

  public static QualityCheck parse(String path, String sql) {
    String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.sql$", "");
    String table = header(sql, "table");
    if (table == null) {
      throw new IllegalArgumentException(path + " does not name its table in a '-- table:' comment");
    }
    String requires = header(sql, "requires");
    Set<String> sources =
        requires == null
            ? Set.of()
            : Arrays.stream(requires.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    String severity = header(sql, "severity");
    if (severity == null) {
      severity = ERROR;
    } else if (!severity.equals(ERROR) && !severity.equals(WARNING)) {
      throw new IllegalArgumentException(
          path + ": severity '" + severity + "' is neither '" + ERROR + "' nor '" + WARNING + "'");
    }
    return new QualityCheck(name, table, sources, severity, sql);
  }

  /** Whether the check applies to a run that read files of {@code sourcesRead}. */
  public boolean appliesTo(Set<String> sourcesRead) {
    return requires.isEmpty() || requires.stream().anyMatch(sourcesRead::contains);
  }

  private static String header(String sql, String key) {
    String prefix = "-- " + key + ":";
    return sql.lines()
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length()).trim())
        .findFirst()
        .orElse(null);
  }
}
