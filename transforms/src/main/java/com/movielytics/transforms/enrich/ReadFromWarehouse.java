package com.movielytics.transforms.enrich;

import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkCoder;
import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reference data the warehouse already holds, for an incremental run whose new records come without the files
 * that describe what they refer to: the crosswalk ({@code movies.movie_link}) for ratings, tags, movies and
 * genome scores, and the genome tags ({@code movies.genome_tag}) for genome scores.
 */
public final class ReadFromWarehouse<T> extends PTransform<PBegin, PCollection<T>> {
  private final WarehouseConnection warehouse;
  private final String sqlFile;
  private final JdbcIO.RowMapper<T> rowMapper;
  private final Coder<T> coder;

  private ReadFromWarehouse(
      WarehouseConnection warehouse, String sqlFile, JdbcIO.RowMapper<T> rowMapper, Coder<T> coder) {
    this.warehouse = warehouse;
    this.sqlFile = sqlFile;
    this.rowMapper = rowMapper;
    this.coder = coder;
  }

  public static ReadFromWarehouse<Link> knownLinks(WarehouseConnection warehouse) {
    return new ReadFromWarehouse<>(
        warehouse, "run/known_links.sql",
        rs -> Link.inWarehouse(rs.getInt("movielens_id"), rs.getString("imdb_id"), (Integer) rs.getObject("movie_id")),
        LinkCoder.of());
  }

  /** Genome tag ids with their tags. */
  public static ReadFromWarehouse<KV<Integer, String>> knownGenomeTags(WarehouseConnection warehouse) {
    return new ReadFromWarehouse<>(
        warehouse, "run/known_genome_tags.sql", rs -> KV.of(rs.getInt("tag_id"), rs.getString("tag")),
        KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()));
  }

  @Override
  public PCollection<T> expand(PBegin begin) {
    return begin.apply(
        "Read",
        JdbcIO.<T>read()
            .withDataSourceConfiguration(warehouse.dataSourceConfiguration())
            .withQuery(SqlFiles.read(sqlFile))
            .withRowMapper(rowMapper)
            .withCoder(coder)
            .withOutputParallelization(false));
  }
}
