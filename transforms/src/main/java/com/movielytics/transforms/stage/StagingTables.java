package com.movielytics.transforms.stage;

import static com.movielytics.transforms.stage.ColumnType.BIGINT;
import static com.movielytics.transforms.stage.ColumnType.DOUBLE;
import static com.movielytics.transforms.stage.ColumnType.INTEGER;
import static com.movielytics.transforms.stage.ColumnType.TEXT;

import com.movielytics.transforms.parse.ReasonCode;
import com.movielytics.schemas.CpiObservation;
import com.movielytics.schemas.GenomeScore;
import com.movielytics.schemas.GenomeTag;
import com.movielytics.schemas.GenreRef;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.MovieMetadata;
import com.movielytics.schemas.MovielensMovie;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.schemas.Tag;
import java.util.List;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Every staging table the pipeline writes, with the column values of its record type in the order of its
 * {@code sql/staging/<name>.sql}.
 */
public final class StagingTables {
  private StagingTables() {}

  public static final StagingTable<MovieMetadata> MOVIES_METADATA =
      new StagingTable<>(
          "movies_metadata",
          List.of(
              TEXT, BIGINT, INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, TEXT, DOUBLE, TEXT, INTEGER,
              TEXT, TEXT, TEXT, TEXT),
          (m, v) -> {
            v[0] = m.sourceFile();
            v[1] = m.recordNumber();
            v[2] = m.movieId();
            v[3] = m.imdbId();
            v[4] = m.title();
            v[5] = m.originalTitle();
            v[6] = m.originalLanguage();
            v[7] = Boolean.toString(m.adult());
            v[8] = text(m.releaseDate());
            v[9] = m.budget();
            v[10] = m.revenue();
            v[11] = text(m.runtimeMinutes());
            v[12] = m.popularity();
            v[13] = text(m.voteAverage());
            v[14] = m.voteCount();
            v[15] = m.status();
            v[16] = m.collectionName();
            v[17] = genreIds(m.genres());
            v[18] = genreNames(m.genres());
          });

  public static final StagingTable<MovielensMovie> MOVIELENS_MOVIES =
      new StagingTable<>(
          "movielens_movies",
          List.of(TEXT, BIGINT, INTEGER, INTEGER, TEXT, TEXT, INTEGER, TEXT, TEXT),
          (m, v) -> {
            v[0] = m.sourceFile();
            v[1] = m.recordNumber();
            v[2] = m.movielensId();
            v[3] = m.movieId();
            v[4] = m.imdbId();
            v[5] = m.title();
            v[6] = m.releaseYear();
            v[7] = genreIds(m.genres());
            v[8] = genreNames(m.genres());
          });

  public static final StagingTable<Link> LINKS =
      new StagingTable<>(
          "links",
          List.of(TEXT, BIGINT, INTEGER, TEXT, INTEGER),
          (l, v) -> {
            v[0] = l.sourceFile();
            v[1] = l.recordNumber();
            v[2] = l.movielensId();
            v[3] = l.imdbId();
            v[4] = l.tmdbId();
          });

  public static final StagingTable<Rating> RATINGS =
      new StagingTable<>(
          "ratings",
          List.of(TEXT, BIGINT, INTEGER, INTEGER, INTEGER, DOUBLE, BIGINT),
          (r, v) -> {
            v[0] = r.sourceFile();
            v[1] = r.recordNumber();
            v[2] = r.userId();
            v[3] = r.movielensId();
            v[4] = r.movieId();
            v[5] = r.rating();
            v[6] = r.ratedAtEpochSecond();
          });

  public static final StagingTable<Tag> TAGS =
      new StagingTable<>(
          "tags",
          List.of(TEXT, BIGINT, INTEGER, INTEGER, INTEGER, TEXT, BIGINT),
          (t, v) -> {
            v[0] = t.sourceFile();
            v[1] = t.recordNumber();
            v[2] = t.userId();
            v[3] = t.movielensId();
            v[4] = t.movieId();
            v[5] = t.tag();
            v[6] = t.taggedAtEpochSecond();
          });

  public static final StagingTable<GenomeTag> GENOME_TAGS =
      new StagingTable<>(
          "genome_tags",
          List.of(TEXT, BIGINT, INTEGER, TEXT),
          (t, v) -> {
            v[0] = t.sourceFile();
            v[1] = t.recordNumber();
            v[2] = t.tagId();
            v[3] = t.tag();
          });

  public static final StagingTable<GenomeScore> GENOME_SCORES =
      new StagingTable<>(
          "genome_scores",
          List.of(TEXT, BIGINT, INTEGER, INTEGER, INTEGER, DOUBLE),
          (s, v) -> {
            v[0] = s.sourceFile();
            v[1] = s.recordNumber();
            v[2] = s.movielensId();
            v[3] = s.tagId();
            v[4] = s.movieId();
            v[5] = s.relevance();
          });

  public static final StagingTable<CpiObservation> CPI =
      new StagingTable<>(
          "cpi",
          List.of(TEXT, BIGINT, TEXT, TEXT, TEXT),
          (c, v) -> {
            v[0] = c.sourceFile();
            v[1] = c.recordNumber();
            v[2] = c.seriesId();
            v[3] = text(c.month());
            v[4] = c.value() == null ? null : c.value().toPlainString();
          });

  public static final StagingTable<Rejected> QUARANTINE =
      new StagingTable<>(
          "quarantine",
          List.of(TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT, TEXT, TEXT),
          (q, v) -> {
            v[0] = q.source();
            v[1] = q.sourceFile();
            v[2] = q.recordNumber();
            v[3] = q.lineNumber();
            v[4] = q.byteOffset();
            v[5] = q.byteLength();
            // Raw records arrive escaped (RawBytes): no NUL, which PostgreSQL text cannot hold.
            v[6] = q.rawRecord();
            v[7] = q.reason();
            v[8] = ReasonCode.of(q.reason());
          });

  public static final StagingTable<SourceFileRead> FILE_READ =
      new StagingTable<>(
          "file_read",
          List.of(TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT),
          (f, v) -> {
            v[0] = f.source();
            v[1] = f.sourceFile();
            v[2] = f.partStart();
            v[3] = f.records();
            v[4] = f.lines();
            v[5] = f.sizeBytes();
            v[6] = f.bytesRead();
            v[7] = f.refusal();
          });

  /** A value as PostgreSQL reads it back, or null. */
  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  /** A row's genre ids as one array literal, e.g. {16,35}. */
  private static String genreIds(List<GenreRef> genres) {
    return genres.stream().map(g -> Integer.toString(g.id())).collect(Collectors.joining(",", "{", "}"));
  }

  /** A row's genre names as one array literal, each quoted: {"Science Fiction","Drama"}. */
  private static String genreNames(List<GenreRef> genres) {
    return genres.stream()
        .map(g -> '"' + g.name().replace("\\", "\\\\").replace("\"", "\\\"") + '"')
        .collect(Collectors.joining(",", "{", "}"));
  }
}
