package com.movielytics.transforms.stage;

import com.movielytics.schemas.CpiObservation;
import com.movielytics.schemas.GenreRef;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.MovieMetadata;
import com.movielytics.schemas.MovielensMovie;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.schemas.Tag;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Every staging table the pipeline writes, with the binding of its record type. */
public final class StagingTables {
  private StagingTables() {}

  public static final StagingTable<MovieMetadata> MOVIES_METADATA =
      new StagingTable<>(
          "movies_metadata",
          (m, ps) -> {
            ps.setString(2, m.sourceFile());
            ps.setLong(3, m.recordNumber());
            ps.setInt(4, m.movieId());
            ps.setString(5, m.imdbId());
            ps.setString(6, m.title());
            ps.setString(7, m.originalTitle());
            ps.setString(8, m.originalLanguage());
            ps.setBoolean(9, m.adult());
            setNullable(ps, 10, m.releaseDate(), Types.DATE);
            setNullable(ps, 11, m.budget(), Types.BIGINT);
            setNullable(ps, 12, m.revenue(), Types.BIGINT);
            setNullable(ps, 13, m.runtimeMinutes(), Types.DOUBLE);
            setNullable(ps, 14, m.popularity(), Types.DOUBLE);
            setNullable(ps, 15, m.voteAverage(), Types.DOUBLE);
            setNullable(ps, 16, m.voteCount(), Types.INTEGER);
            ps.setString(17, m.status());
            ps.setString(18, m.collectionName());
            setGenres(ps, 19, m.genres());
          });

  public static final StagingTable<MovielensMovie> MOVIELENS_MOVIES =
      new StagingTable<>(
          "movielens_movies",
          (m, ps) -> {
            ps.setString(2, m.sourceFile());
            ps.setLong(3, m.recordNumber());
            ps.setInt(4, m.movielensId());
            setNullable(ps, 5, m.movieId(), Types.INTEGER);
            ps.setString(6, m.imdbId());
            ps.setString(7, m.title());
            setNullable(ps, 8, m.releaseYear(), Types.INTEGER);
            setGenres(ps, 9, m.genres());
          });

  public static final StagingTable<Link> LINKS =
      new StagingTable<>(
          "links",
          (l, ps) -> {
            ps.setString(2, l.sourceFile());
            ps.setLong(3, l.recordNumber());
            ps.setInt(4, l.movielensId());
            ps.setString(5, l.imdbId());
            setNullable(ps, 6, l.tmdbId(), Types.INTEGER);
          });

  public static final StagingTable<Rating> RATINGS =
      new StagingTable<>(
          "ratings",
          (r, ps) -> {
            ps.setString(2, r.sourceFile());
            ps.setLong(3, r.recordNumber());
            ps.setInt(4, r.userId());
            ps.setInt(5, r.movielensId());
            setNullable(ps, 6, r.movieId(), Types.INTEGER);
            ps.setBigDecimal(7, BigDecimal.valueOf(r.rating()));
            ps.setLong(8, r.ratedAtEpochSecond());
          });

  public static final StagingTable<Tag> TAGS =
      new StagingTable<>(
          "tags",
          (t, ps) -> {
            ps.setString(2, t.sourceFile());
            ps.setLong(3, t.recordNumber());
            ps.setInt(4, t.userId());
            ps.setInt(5, t.movielensId());
            setNullable(ps, 6, t.movieId(), Types.INTEGER);
            ps.setString(7, t.tag());
            ps.setLong(8, t.taggedAtEpochSecond());
          });

  public static final StagingTable<CpiObservation> CPI =
      new StagingTable<>(
          "cpi",
          (c, ps) -> {
            ps.setString(2, c.sourceFile());
            ps.setLong(3, c.recordNumber());
            ps.setString(4, c.seriesId());
            setNullable(ps, 5, c.month(), Types.DATE);
            ps.setBigDecimal(6, c.value());
          });

  public static final StagingTable<Rejected> QUARANTINE =
      new StagingTable<>(
          "quarantine",
          (q, ps) -> {
            ps.setString(2, q.source());
            ps.setString(3, q.sourceFile());
            ps.setLong(4, q.recordNumber());
            ps.setLong(5, q.lineNumber());
            ps.setLong(6, q.byteOffset());
            ps.setLong(7, q.byteLength());
            // Raw records arrive escaped (RawBytes): no NUL, which PostgreSQL text cannot hold.
            ps.setString(8, q.rawRecord());
            ps.setString(9, q.reason());
          });

  public static final StagingTable<SourceFileRead> FILE_READ =
      new StagingTable<>(
          "file_read",
          (f, ps) -> {
            ps.setString(2, f.source());
            ps.setString(3, f.sourceFile());
            ps.setLong(4, f.records());
            ps.setLong(5, f.sizeBytes());
            ps.setLong(6, f.bytesRead());
            ps.setString(7, f.refusal());
          });

  private static void setGenres(PreparedStatement ps, int index, List<GenreRef> genres) throws SQLException {
    Integer[] ids = genres.stream().map(GenreRef::id).toArray(Integer[]::new);
    String[] names = genres.stream().map(GenreRef::name).toArray(String[]::new);
    ps.setArray(index, ps.getConnection().createArrayOf("integer", ids));
    ps.setArray(index + 1, ps.getConnection().createArrayOf("text", names));
  }

  /** Binds a value that may be null with its SQL type, as JDBC requires for a null. */
  private static void setNullable(PreparedStatement ps, int index, @Nullable Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType);
    } else {
      ps.setObject(index, value, sqlType);
    }
  }
}
