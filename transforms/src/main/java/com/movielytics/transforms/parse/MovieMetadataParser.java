package com.movielytics.transforms.parse;

import com.movielytics.schemas.GenreRef;
import com.movielytics.schemas.MovieMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Parses TMDB's movies_metadata.csv (The Movies Dataset): 24 columns, nested columns as Python literals. */
public final class MovieMetadataParser extends LayoutParser<MovieMetadata> {
  public static final CsvLayout LAYOUT =
      CsvLayout.of(
          "adult", "belongs_to_collection", "budget", "genres", "homepage", "id", "imdb_id",
          "original_language", "original_title", "overview", "popularity", "poster_path",
          "production_companies", "production_countries", "release_date", "revenue", "runtime",
          "spoken_languages", "status", "tagline", "title", "video", "vote_average", "vote_count");

  private static final Pattern IMDB_ID = Pattern.compile("tt\\d{7,8}");
  private static final Pattern PLAUSIBLE_ID = Pattern.compile("\\d{1,9}");
  private static final int ID_COLUMN = LAYOUT.columns().indexOf("id");

  public MovieMetadataParser() {
    super(LAYOUT);
  }

  /** Overviews hold line breaks inside quotes, so a record may span lines. */
  @Override
  public boolean recordsSpanLines() {
    return true;
  }

  /** A whole record whose id column holds an id: 24 fields alone could be the tail of a broken record. */
  @Override
  public boolean startsRecord(List<String> values) {
    return checkShape(values) == null && PLAUSIBLE_ID.matcher(values.get(ID_COLUMN).trim()).matches();
  }

  @Override
  ParseResult<MovieMetadata> read(Fields f, String sourceFile, long recordNumber) {
    // The id comes first: in rows whose columns are shifted it holds a date, and that is the clearest reason.
    String rawId = f.text("id").trim();
    if (!rawId.matches("\\d+") || rawId.length() > 9 || Integer.parseInt(rawId) == 0) {
      return ParseResult.rejected(
          "id '" + Fields.abbreviate(rawId) + "' is not a positive integer (columns shifted?)");
    }
    String imdbId = f.optionalText("imdb_id");
    if (imdbId != null && !IMDB_ID.matcher(imdbId.trim()).matches()) {
      return ParseResult.rejected("imdb_id '" + Fields.abbreviate(imdbId) + "' is not an IMDb id like tt0114709");
    }
    Integer voteCount = null;
    Double votes = f.optionalDouble("vote_count");
    if (votes != null) {
      if (votes < 0 || votes != Math.rint(votes)) {
        return ParseResult.rejected("vote_count '" + f.text("vote_count") + "' is not a whole count");
      }
      voteCount = votes.intValue();
    }
    return ParseResult.ok(
        new MovieMetadata(
            sourceFile,
            recordNumber,
            Integer.parseInt(rawId),
            imdbId == null ? null : imdbId.trim(),
            f.text("title"),
            f.optionalText("original_title"),
            f.optionalText("original_language"),
            f.pythonBool("adult"),
            f.optionalDate("release_date"),
            f.optionalAmount("budget"),
            f.optionalAmount("revenue"),
            f.optionalDouble("runtime"),
            f.optionalDouble("popularity"),
            f.optionalDouble("vote_average"),
            voteCount,
            f.optionalText("status"),
            collectionName(f),
            genres(f)));
  }

  private static @Nullable String collectionName(Fields f) {
    Object literal = literal(f, "belongs_to_collection");
    if (literal == null) {
      return null;
    }
    if (literal instanceof Map<?, ?> m && m.get("name") instanceof String name) {
      return name;
    }
    throw new Fields.BadField("belongs_to_collection is not a dict with a 'name'");
  }

  private static List<GenreRef> genres(Fields f) {
    Object literal = literal(f, "genres");
    List<GenreRef> genres = new ArrayList<>();
    if (literal == null) {
      return genres;
    }
    if (!(literal instanceof List<?> items)) {
      throw new Fields.BadField("genres is not a list");
    }
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> m && m.get("id") instanceof Long id && m.get("name") instanceof String name)) {
        throw new Fields.BadField("genres holds an entry without an integer 'id' and a 'name': " + item);
      }
      genres.add(new GenreRef(id.intValue(), name));
    }
    return genres;
  }

  private static @Nullable Object literal(Fields f, String column) {
    String text = f.optionalText(column);
    if (text == null) {
      return null;
    }
    try {
      return PythonLiteral.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Fields.BadField(
          column + " '" + Fields.abbreviate(text) + "' is not a Python literal: " + e.getMessage());
    }
  }
}
