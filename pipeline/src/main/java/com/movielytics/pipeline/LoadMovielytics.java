package com.movielytics.pipeline;

import com.movielytics.schemas.CpiObservation;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkedToMovielens;
import com.movielytics.schemas.MovieMetadata;
import com.movielytics.schemas.MovielensMovie;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.Source;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.schemas.Tag;
import com.movielytics.transforms.enrich.IndexLinks;
import com.movielytics.transforms.enrich.ResolveMovieIds;
import com.movielytics.transforms.parse.CpiParser;
import com.movielytics.transforms.parse.CsvRecordParser;
import com.movielytics.transforms.parse.LinkParser;
import com.movielytics.transforms.parse.MovieMetadataParser;
import com.movielytics.transforms.parse.MovielensMovieParser;
import com.movielytics.transforms.parse.RatingParser;
import com.movielytics.transforms.parse.TagParser;
import com.movielytics.transforms.read.ParseCsvFiles;
import com.movielytics.transforms.stage.StageRows;
import com.movielytics.transforms.stage.StagingTable;
import com.movielytics.transforms.stage.StagingTables;
import com.movielytics.transforms.warehouse.LoadWarehouse;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;

/**
 * The whole load as one graph: each source is read and parsed once, MovieLens records are linked to TMDB ids
 * through the crosswalk, everything is staged with JdbcIO, and after the last staging write the warehouse is
 * upserted and checked. Rejects of every stage flow into the quarantine.
 */
public final class LoadMovielytics extends PTransform<PBegin, PDone> {
  private final InputFiles files;
  private final String runId;
  private final WarehouseConnection warehouse;
  private final double maxRejectRatio;

  private final List<PCollection<Rejected>> rejected = new ArrayList<>();
  private final List<PCollection<SourceFileRead>> filesRead = new ArrayList<>();

  public LoadMovielytics(InputFiles files, String runId, WarehouseConnection warehouse, double maxRejectRatio) {
    this.files = files;
    this.runId = runId;
    this.warehouse = warehouse;
    this.maxRejectRatio = maxRejectRatio;
  }

  @Override
  public PDone expand(PBegin begin) {
    PCollection<Link> links = parse(begin, Source.LINKS, "ParseLinks", new LinkParser(), Link.class);
    PCollectionView<Map<Integer, Link>> crosswalk = links.apply("IndexLinks", new IndexLinks());

    PCollection<MovieMetadata> movieMetadata =
        parse(begin, Source.MOVIES_METADATA, "ParseMovieMetadata", new MovieMetadataParser(), MovieMetadata.class);
    PCollection<MovielensMovie> movielensMovies =
        linkToTmdb(
            parse(begin, Source.MOVIELENS_MOVIES, "ParseMovielensMovies", new MovielensMovieParser(),
                MovielensMovie.class),
            Source.MOVIELENS_MOVIES, "LinkMovielensMovies", crosswalk);
    PCollection<Rating> ratings =
        linkToTmdb(
            parse(begin, Source.RATINGS, "ParseRatings", new RatingParser(), Rating.class),
            Source.RATINGS, "LinkRatings", crosswalk);
    PCollection<Tag> tags =
        linkToTmdb(
            parse(begin, Source.TAGS, "ParseTags", new TagParser(), Tag.class),
            Source.TAGS, "LinkTags", crosswalk);
    PCollection<CpiObservation> cpi =
        parse(begin, Source.CPI, "ParseCpi", new CpiParser(), CpiObservation.class);

    PCollectionList<Void> stagingWrites =
        PCollectionList.of(movieMetadata.apply("StageMovieMetadata", stage(StagingTables.MOVIES_METADATA)))
            .and(movielensMovies.apply("StageMovielensMovies", stage(StagingTables.MOVIELENS_MOVIES)))
            .and(links.apply("StageLinks", stage(StagingTables.LINKS)))
            .and(ratings.apply("StageRatings", stage(StagingTables.RATINGS)))
            .and(tags.apply("StageTags", stage(StagingTables.TAGS)))
            .and(cpi.apply("StageCpi", stage(StagingTables.CPI)))
            .and(
                PCollectionList.of(rejected)
                    .apply("AllRejects", Flatten.pCollections())
                    .apply("StageQuarantine", stage(StagingTables.QUARANTINE)))
            .and(
                PCollectionList.of(filesRead)
                    .apply("AllFilesRead", Flatten.pCollections())
                    .apply("StageFilesRead", stage(StagingTables.FILE_READ)));

    return stagingWrites.apply("LoadWarehouse", new LoadWarehouse(runId, warehouse, maxRejectRatio));
  }

  private <T> PCollection<T> parse(
      PBegin begin, Source source, String name, CsvRecordParser<T> parser, Class<T> type) {
    ParseCsvFiles<T> parse = ParseCsvFiles.of(source, parser, type);
    PCollectionTuple parsed =
        begin
            .apply(name + "Files", Create.of(files.of(source)).withCoder(StringUtf8Coder.of()))
            .apply(name, parse);
    rejected.add(parsed.get(ParseCsvFiles.REJECTED));
    filesRead.add(parsed.get(ParseCsvFiles.FILES_READ));
    return parsed.get(parse.parsed());
  }

  private <T extends LinkedToMovielens<T>> PCollection<T> linkToTmdb(
      PCollection<T> records, Source source, String name, PCollectionView<Map<Integer, Link>> crosswalk) {
    ResolveMovieIds<T> resolve = ResolveMovieIds.of(source, crosswalk);
    PCollectionTuple resolved = records.apply(name, resolve);
    rejected.add(resolved.get(ParseCsvFiles.REJECTED));
    return resolved.get(resolve.resolved());
  }

  private <T> StageRows<T> stage(StagingTable<T> table) {
    return StageRows.into(table, runId, warehouse);
  }
}
