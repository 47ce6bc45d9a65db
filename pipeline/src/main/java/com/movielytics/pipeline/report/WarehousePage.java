package com.movielytics.pipeline.report;

import static com.movielytics.pipeline.report.Html.escape;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Warehouse page, for the analyst: each business question answered from the views and marts, as a chart with
 * the table under it and the SQL that produced both.
 */
final class WarehousePage {
  private WarehousePage() {}

  /** One question: its heading, its query, and how the query's rows are drawn. */
  private record Question(String heading, String sqlPath, Function<QueryResult, String> chart) {}

  private static final List<Question> QUESTIONS = List.of(
      new Question("Top-rated movies (at least 50 ratings, IMDb weighted rating)", "report/top_rated_movies.sql",
          r -> SvgChart.bars("Weighted rating of the top-rated movies", r.texts("title"),
              r.numbers("weighted_rating"), "")),
      new Question("The most popular genres over the years", "report/genre_popularity_by_year.sql",
          r -> series(r, "genre_name", "year", "share_of_ratings", "Share of each year's ratings by genre")),
      new Question("Box office by release month", "report/box_office_by_release_month.sql",
          r -> SvgChart.columns("Median revenue by release month (US$)",
              r.texts("release_month").stream().map(m -> Month.of(Integer.parseInt(m))
                  .getDisplayName(TextStyle.SHORT, Locale.ROOT)).toList(),
              r.numbers("median_revenue"), "")),
      new Question("Box office by release quarter", "report/box_office_by_release_quarter.sql",
          r -> SvgChart.columns("Median revenue by release quarter (US$)",
              r.texts("release_quarter").stream().map(q -> "Q" + q).toList(), r.numbers("median_revenue"), "")),
      new Question("Genre profitability in inflation-adjusted dollars", "report/genre_profitability.sql",
          r -> SvgChart.bars("Profit by genre, in dollars of the newest CPI month", r.texts("genre_name"),
              r.numbers("profit_real"), "")),
      new Question("Average rating by genre and release quarter", "report/genre_rating_by_release_quarter.sql",
          r -> series(r, "genre_name", "release_quarter", "average_rating",
              "Average rating by the release quarter of the rated movies")));

  static String body(Connection c) throws SQLException {
    StringBuilder html = new StringBuilder();
    for (Question question : QUESTIONS) {
      html.append("<section id=\"").append(Html.id(question.sqlPath())).append("-section\"><h2>")
          .append(escape(question.heading())).append("</h2>\n");
      QueryResult result;
      try {
        result = QueryResult.run(c, question.sqlPath());
      } catch (SQLException e) {
        if (!QueryResult.isAbsent(e)) {
          throw e;
        }
        html.append("<p class=\"absent\">Not in this warehouse yet: ").append(escape(e.getMessage()))
            .append(". A run that loads the sources creates it.</p>\n").append(Html.sql(question.sqlPath()))
            .append("</section>\n");
        continue;
      }
      if (result.isEmpty()) {
        html.append("<p class=\"absent\">No rows yet: the warehouse has no data that answers this.</p>\n");
      } else {
        html.append(question.chart().apply(result)).append(Html.table(result));
      }
      html.append(Html.sql(question.sqlPath())).append("</section>\n");
    }
    return html.toString();
  }

  /** A line per value of {@code seriesColumn} over the ordered values of {@code categoryColumn}. */
  private static String series(
      QueryResult r, String seriesColumn, String categoryColumn, String valueColumn, String title) {
    List<String> categories = new ArrayList<>(new TreeSet<>(r.texts(categoryColumn)));
    Map<String, List<Double>> lines = new LinkedHashMap<>();
    List<String> names = r.texts(seriesColumn);
    List<String> at = r.texts(categoryColumn);
    List<Double> values = r.numbers(valueColumn);
    for (int i = 0; i < names.size(); i++) {
      lines.computeIfAbsent(names.get(i), n -> new ArrayList<>(Collections.nCopies(categories.size(), null)))
          .set(categories.indexOf(at.get(i)), values.get(i));
    }
    return SvgChart.lines(title, categories, lines, "");
  }
}
