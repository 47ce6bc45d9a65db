package com.movielytics.transforms.warehouse;

import com.movielytics.transforms.sql.SqlFiles;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data-quality check: a query under {@code sql/quality/} that returns the offending rows. Its leading comments
 * name the table it guards ({@code -- table: movies.ratings}), optionally the sources whose presence in the run
 * makes it apply ({@code -- requires: tags}), and optionally its severity ({@code -- severity: warning}: recorded
 * and printed, the run still succeeds; the default, error, fails the run). A check that enforces a relationship
 * names it ({@code -- references: movie_id -> movies.movies(movie_id)}): the warehouse has no foreign-key
 * constraints, so these are its relationships, and the report's diagram draws them.
 */
public record QualityCheck(
    String name, String table, Set<String> requires, String severity, Optional<Reference> references, String sql) {
  public static final String ERROR = "error";
  public static final String WARNING = "warning";
  private static final Pattern REFERENCE = Pattern.compile("([\\w, ]+) -> ([\\w.]+)\\(([\\w, ]+)\\)");

  /** {@code table.column} holds values of {@code target.targetColumn} (both may list several, comma-separated). */
  public record Reference(String table, String column, String target, String targetColumn) {}

  public static QualityCheck parse(String path, String sql) {
    String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.sql$", "");
    String table = SqlFiles.header(sql, "table");
    if (table == null) {
      throw new IllegalArgumentException(path + " does not name its table in a '-- table:' comment");
    }
    Set<String> sources = SqlFiles.requiredSources(sql);
    String severity = SqlFiles.header(sql, "severity");
    if (severity == null) {
      severity = ERROR;
    } else if (!severity.equals(ERROR) && !severity.equals(WARNING)) {
      throw new IllegalArgumentException(
          path + ": severity '" + severity + "' is neither '" + ERROR + "' nor '" + WARNING + "'");
    }
    String references = SqlFiles.header(sql, "references");
    Optional<Reference> reference = Optional.empty();
    if (references != null) {
      Matcher m = REFERENCE.matcher(references);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            path + ": '-- references: " + references + "' is not 'column[, ...] -> schema.table(column[, ...])'");
      }
      reference = Optional.of(new Reference(table, m.group(1), m.group(2), m.group(3)));
    }
    return new QualityCheck(name, table, sources, severity, reference, sql);
  }

  /** Every check of {@code sql/quality}, in the order they run. */
  public static List<QualityCheck> all() {
    return SqlFiles.list("quality").stream().map(file -> parse(file, SqlFiles.read(file))).toList();
  }

  /** Whether the check applies to a run that read files of {@code sourcesRead}. */
  public boolean appliesTo(Set<String> sourcesRead) {
    return SqlFiles.applies(requires, sourcesRead);
  }
}
