package com.movielytics.pipeline.report;

import static com.movielytics.pipeline.report.Html.escape;

import com.movielytics.transforms.warehouse.QualityCheck;
import com.movielytics.transforms.warehouse.QualityCheck.Reference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Data dictionary page: every table and view of the analysts' schema with its columns, types, keys and
 * comments, read from the database catalog so that it cannot drift from the DDL, and the entity-relationship
 * diagram of the relationships the quality checks enforce.
 */
final class DataDictionaryPage {
  static final String SCHEMA = "movies";

  private DataDictionaryPage() {}

  static String body(Connection c) throws SQLException {
    QueryResult relations = QueryResult.run(c, "report/dictionary_relations.sql", SCHEMA);
    if (relations.isEmpty()) {
      return "<p class=\"absent\">This warehouse has no schema " + SCHEMA + " yet: a run creates it.</p>";
    }
    QueryResult columns = QueryResult.run(c, "report/dictionary_columns.sql", SCHEMA);
    Map<String, List<List<Object>>> byRelation = new TreeMap<>();
    Map<String, List<String>> keys = new TreeMap<>();
    for (List<Object> column : columns.rows()) {
      String relation = SCHEMA + "." + columns.value(column, "relation");
      byRelation.computeIfAbsent(relation, r -> new ArrayList<>()).add(column);
      if ((Boolean) columns.value(column, "primary_key")) {
        keys.computeIfAbsent(relation, r -> new ArrayList<>()).add((String) columns.value(column, "column_name"));
      }
    }
    List<Reference> references = QualityCheck.all().stream().map(QualityCheck::references)
        .flatMap(Optional::stream)
        .filter(r -> byRelation.containsKey(r.table()) && byRelation.containsKey(r.target()))
        .toList();

    StringBuilder html = new StringBuilder("<section id=\"erd\"><h2>Entity-relationship diagram</h2>\n")
        .append("<p class=\"note\">The warehouse declares no foreign keys (a first load builds keys after its "
            + "rows); its relationships are enforced by the quality checks under sql/quality, which name them "
            + "('-- references:'). PK marks primary-key columns.</p>\n")
        .append(EntityRelationshipDiagram.svg(keys, references))
        .append("</section>\n");

    html.append("<section id=\"relations\"><h2>Tables and views of ").append(SCHEMA).append("</h2>\n<ul>");
    for (List<Object> relation : relations.rows()) {
      String name = (String) relations.value(relation, "name");
      html.append("<li><a href=\"#").append(escape(anchor(name))).append("\">").append(escape(name))
          .append("</a> (").append(escape(relations.value(relation, "kind"))).append(")</li>");
    }
    html.append("</ul></section>\n");

    for (List<Object> relation : relations.rows()) {
      String name = (String) relations.value(relation, "name");
      String qualified = SCHEMA + "." + name;
      html.append("<section class=\"relation\" id=\"").append(escape(anchor(name))).append("\" data-relation=\"")
          .append(escape(qualified)).append("\"><h2>").append(escape(qualified)).append(" <small>(")
          .append(escape(relations.value(relation, "kind"))).append(")</small></h2>\n");
      Object comment = relations.value(relation, "comment");
      if (comment != null) {
        html.append("<p>").append(escape(comment)).append("</p>\n");
      }
      Object estimatedRows = relations.value(relation, "estimated_rows");
      if (estimatedRows != null && ((Number) estimatedRows).longValue() >= 0) {
        html.append("<p class=\"note\">About ").append(Html.format(estimatedRows))
            .append(" rows (the planner's estimate).</p>\n");
      }
      html.append("<div class=\"table-wrap\"><table class=\"columns\"><thead><tr><th>column</th><th>type</th>"
          + "<th>nullable</th><th>default</th><th>key</th><th>comment</th></tr></thead><tbody>\n");
      for (List<Object> column : byRelation.getOrDefault(qualified, List.of())) {
        String columnName = (String) columns.value(column, "column_name");
        String key = key(qualified, columnName, (Boolean) columns.value(column, "primary_key"), references);
        html.append("<tr><td data-column=\"column\"><code>").append(escape(columnName)).append("</code></td>")
            .append(cell("type", columns.value(column, "data_type")))
            .append(cell("nullable", Html.format(columns.value(column, "nullable"))))
            .append(cell("default", columns.value(column, "default_value")))
            .append(cell("key", key))
            .append(cell("comment", columns.value(column, "comment")))
            .append("</tr>\n");
      }
      html.append("</tbody></table></div></section>\n");
    }
    return html.append(Html.sql("report/dictionary_relations.sql")).append(Html.sql("report/dictionary_columns.sql"))
        .toString();
  }

  /** PK, and where the column references another table (by a check), which one. */
  private static String key(String table, String column, boolean primaryKey, List<Reference> references) {
    List<String> parts = new ArrayList<>();
    if (primaryKey) {
      parts.add("PK");
    }
    for (Reference r : references) {
      if (r.table().equals(table) && List.of(r.column().split(",\\s*")).contains(column)) {
        parts.add("→ " + r.target() + "(" + r.targetColumn() + ")");
      }
    }
    return String.join(" ", parts);
  }

  /** A cell of the columns table; NULL is left empty. */
  private static String cell(String column, Object value) {
    return "<td data-column=\"" + column + "\">" + (value == null ? "" : escape(value)) + "</td>";
  }

  private static String anchor(String relation) {
    return "relation-" + relation.replace('_', '-');
  }
}
