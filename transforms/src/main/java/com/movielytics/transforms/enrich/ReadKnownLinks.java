package com.movielytics.transforms.enrich;

import com.movielytics.schemas.Link;
import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * The crosswalk the warehouse already holds ({@code movies.movie_link}), so that an incremental run whose new
 * ratings, tags or movies come without a links file still links them to TMDB ids.
 */
public final class ReadKnownLinks extends PTransform<PBegin, PCollection<Link>> {
  private final WarehouseConnection warehouse;

  public ReadKnownLinks(WarehouseConnection warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  public PCollection<Link> expand(PBegin begin) {
    return begin.apply(
        "ReadMovieLink",
        JdbcIO.<Link>read()
            .withDataSourceConfiguration(warehouse.dataSourceConfiguration())
            .withQuery(SqlFiles.read("run/known_links.sql"))
            .withRowMapper(
                rs -> Link.inWarehouse(
                    rs.getInt("movielens_id"), rs.getString("imdb_id"), (Integer) rs.getObject("movie_id")))
            .withCoder(SerializableCoder.of(Link.class))
            .withOutputParallelization(false));
  }
}
