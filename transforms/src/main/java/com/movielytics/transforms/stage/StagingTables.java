package com.movielytics.transforms.stage;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Every staging table the pipeline writes, with the column texts of its record type in the order of its
 * {@code sql/staging/<name>.sql}.
 */
public final class StagingTables {
  private StagingTables() {}

  public static final StagingTable<MovieMetadata> MOVIES_METADATA =
      new StagingTable<>(
          "movies_metadata",
          19,
          (m, v) -> {
            v[0] = m.sourceFile();
            v[1] = Long.toString(m.recordNumber());
            v[2] = Integer.toString(m.movieId());
            v[3] = m.imdbId();
            v[4] = m.title();
            v[5] = m.originalTitle();
            v[6] = m.originalLanguage();
            v[7] = Boolean.toString(m.adult());
            v[8] = text(m.releaseDate());
            v[9] = text(m.budget());
            v[10] = text(m.revenue());
            v[11] = text(m.runtimeMinutes());
            v[12] = text(m.popularity());
            v[13] = text(m.voteAverage());
            v[14] = text(m.voteCount());
            v[15] = m.status();
            v[16] = m.collectionName();
            v[17] = genreIds(m.genres());
            v[18] = genreNames(m.genres());
          });

  public static final StagingTable<MovielensMovie> MOVIELENS_MOVIES =
      new StagingTable<>(
          "movielens_movies",
          9,
          (m, v) -> {
            v[0] = m.sourceFile();
            v[1] = Long.toString(m.recordNumber());
            v[2] = Integer.toString(m.movielensId());
            v[3] = text(m.movieId());
            v[4] = m.imdbId();
            v[5] = m.title();
            v[6] = text(m.releaseYear());
            v[7] = genreIds(m.genres());
            v[8] = genreNames(m.genres());
          });

  public static final StagingTable<Link> LINKS =
      new StagingTable<>(
          "links",
          5,
          (l, v) -> {
            v[0] = l.sourceFile();
            v[1] = Long.toString(l.recordNumber());
            v[2] = Integer.toString(l.movielensId());
            v[3] = l.imdbId();
            v[4] = text(l.tmdbId());
          });

  public static final StagingTable<Rating> RATINGS =
      new StagingTable<>(
          "ratings",
          7,
          (r, v) -> {
            v[0] = r.sourceFile();
            v[1] = Long.toString(r.recordNumber());
            v[2] = Integer.toString(r.userId());
            v[3] = Integer.toString(r.movielensId());
            v[4] = text(r.movieId());
            v[5] = BigDecimal.valueOf(r.rating()).toPlainString();
            v[6] = Long.toString(r.ratedAtEpochSecond());
          });

  public static final StagingTable<Tag> TAGS =
      new StagingTable<>(
          "tags",
          7,
          (t, v) -> {
            v[0] = t.sourceFile();
            v[1] = Long.toString(t.recordNumber());
            v[2] = Integer.toString(t.userId());
            v[3] = Integer.toString(t.movielensId());
            v[4] = text(t.movieId());
            v[5] = t.tag();
            v[6] = Long.toString(t.taggedAtEpochSecond());
          });

  public static final StagingTable<GenomeTag> GENOME_TAGS =
      new StagingTable<>(
          "genome_tags",
          4,
          (t, v) -> {
            v[0] = t.sourceFile();
            v[1] = Long.toString(t.recordNumber());
            v[2] = Integer.toString(t.tagId());
            v[3] = t.tag();
          });

  public static final StagingTable<GenomeScore> GENOME_SCORES =
      new StagingTable<>(
          "genome_scores",
          6,
          (s, v) -> {
            v[0] = s.sourceFile();
            v[1] = Long.toString(s.recordNumber());
            v[2] = Integer.toString(s.movielensId());
            v[3] = Integer.toString(s.tagId());
            v[4] = text(s.movieId());
            // The shortest text that reads back as the same double.
            v[5] = Double.toString(s.relevance());
          });

  public static final StagingTable<CpiObservation> CPI =
      new StagingTable<>(
          "cpi",
          5,
          (c, v) -> {
            v[0] = c.sourceFile();
            v[1] = Long.toString(c.recordNumber());
            v[2] = c.seriesId();
            v[3] = text(c.month());
            v[4] = c.value() == null ? null : c.value().toPlainString();
          });

  public static final StagingTable<Rejected> QUARANTINE =
      new StagingTable<>(
          "quarantine",
          9,
          (q, v) -> {
            v[0] = q.source();
            v[1] = q.sourceFile();
            v[2] = Long.toString(q.recordNumber());
            v[3] = Long.toString(q.lineNumber());
            v[4] = Long.toString(q.byteOffset());
            v[5] = Long.toString(q.byteLength());
            // Raw records arrive escaped (RawBytes): no NUL, which PostgreSQL text cannot hold.
            v[6] = q.rawRecord();
            v[7] = q.reason();
            v[8] = ReasonCode.of(q.reason());
          });

  public static final StagingTable<SourceFileRead> FILE_READ =
      new StagingTable<>(
          "file_read",
          8,
          (f, v) -> {
            v[0] = f.source();
            v[1] = f.sourceFile();
            v[2] = Long.toString(f.partStart());
            v[3] = Long.toString(f.records());
            v[4] = Long.toString(f.lines());
            v[5] = Long.toString(f.sizeBytes());
            v[6] = Long.toString(f.bytesRead());
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
