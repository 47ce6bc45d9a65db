package com.movielytics.pipeline.report;

import com.movielytics.transforms.sql.SqlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The report's HTML: escaping, the page template, tables of query rows and the SQL shown under them. */
final class Html {
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  private Html() {}

  static String escape(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** A value as a reader expects it: numbers with thousands separators, times in UTC, NULL as a dash. */
  static String format(Object value) {
    if (value == null) {
      return "–";
    }
    if (value instanceof Short) {
      return value.toString(); // the warehouse's smallints are years, months, quarters: 2006, not 2,006
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return String.format(Locale.ROOT, "%,d", value);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.scale() <= 0 ? String.format(Locale.ROOT, "%,d", decimal.toBigInteger())
          : String.format(Locale.ROOT, "%,." + decimal.scale() + "f", decimal);
    }
    if (value instanceof Double || value instanceof Float) {
      return String.format(Locale.ROOT, "%,.3f", value);
    }
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (value instanceof java.sql.Timestamp t) {
      return TIME.format(t.toInstant().atOffset(ZoneOffset.UTC));
    }
    if (value instanceof OffsetDateTime t) {
      return TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }
    if (value instanceof List<?> list) {
      return String.join("\n", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  /** The rows as a table; every cell names its column ({@code data-column}), so a reader can find a figure. */
  static String table(QueryResult result) {
    return table(result, row -> "");
  }

  /** The rows as a table, each row with the class {@code rowClass} gives it (e.g. {@code failed}). */
  static String table(QueryResult result, Function<List<Object>, String> rowClass) {
    StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table id=\"")
        .append(escape(id(result.sqlPath()))).append("\"><thead><tr>");
    for (String column : result.columns()) {
      html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr></thead><tbody>\n");
    for (List<Object> row : result.rows()) {
      String cssClass = rowClass.apply(row);
      html.append(cssClass.isEmpty() ? "<tr>" : "<tr class=\"" + escape(cssClass) + "\">");
      for (int i = 0; i < row.size(); i++) {
        Object value = row.get(i);
        boolean number = value instanceof Number;
        html.append("<td data-column=\"").append(escape(result.columns().get(i))).append('"')
            .append(number ? " class=\"number\"" : "").append('>');
        String text = escape(format(value));
        html.append(value instanceof List<?> ? "<pre>" + text + "</pre>" : text).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody></table></div>\n").toString();
  }

  /** The SQL that produced a table, folded under it. */
  static String sql(String sqlPath) {
    return "<details><summary>SQL (sql/" + escape(sqlPath) + ")</summary><pre class=\"sql\">"
        + escape(SqlFiles.read(sqlPath).strip()) + "</pre></details>\n";
  }

  /** The id a query's table carries: its file name without folder and extension. */
  static String id(String sqlPath) {
    return sqlPath.substring(sqlPath.lastIndexOf('/') + 1).replaceFirst("\\.sql$", "").replace('_', '-');
  }

  /** A whole page from the template, with the navigation bar marking {@code file} as the current page. */
  static String page(String file, String title, String body, String generated) {
    StringBuilder nav = new StringBuilder();
    for (ReportPage page : ReportPage.values()) {
      nav.append("<a href=\"").append(page.file()).append('"')
          .append(page.file().equals(file) ? " class=\"current\"" : "").append('>')
          .append(escape(page.title())).append("</a>");
    }
    return resource("page.html")
        .replace("{{style}}", resource("style.css"))
        .replace("{{nav}}", nav)
        .replace("{{generated}}", escape(generated))
        .replace("{{title}}", escape(title))
        .replace("{{body}}", body);
  }

  private static String resource(String name) {
    try (InputStream in = Html.class.getResourceAsStream("/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("report/" + name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
