package com.movielytics.transforms.parse;

import com.movielytics.schemas.GenreRef;
import com.movielytics.schemas.MovielensMovie;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses MovieLens movies.csv: splits "Title (1995)" into title and year, conforms genres to TMDB's. */
public final class MovielensMovieParser extends LayoutParser<MovielensMovie> {
  public static final CsvLayout LAYOUT = CsvLayout.of("movieId", "title", "genres");

  /** A trailing "(1995)" or "(2006-2007)" (MovieLens writes series spans with an en dash). */
  private static final Pattern YEAR_SUFFIX = Pattern.compile("^(.*?)\\s*\\((\\d{4})(?:[-\u2013]\\d{4})?\\)\\s*$");

  private static final String NO_GENRES = "(no genres listed)";

  public MovielensMovieParser() {
    super(LAYOUT);
  }

  @Override
  ParseResult<MovielensMovie> read(Fields f, String sourceFile, long recordNumber) {
    int movielensId = f.positiveInt("movieId");
    String fullTitle = f.text("title").trim();
    String title = fullTitle;
    Integer year = null;
    Matcher m = YEAR_SUFFIX.matcher(fullTitle);
    if (m.matches() && !m.group(1).isEmpty()) {
      title = m.group(1);
      year = Integer.parseInt(m.group(2));
    }
    String rawGenres = f.text("genres");
    List<GenreRef> genres = new ArrayList<>();
    if (!rawGenres.equals(NO_GENRES)) {
      for (String name : rawGenres.split("\\|")) {
        GenreRef genre = GenreConformance.fromMovielens(name);
        if (genre == null) {
          return ParseResult.rejected("genres holds '" + name + "', which is not a MovieLens genre");
        }
        genres.add(genre);
      }
    }
    return ParseResult.ok(
        new MovielensMovie(sourceFile, recordNumber, movielensId, title, year, genres, null, null));
  }
}
