package com.movielytics.pipeline;

import com.movielytics.schemas.CpiObservation;
import com.movielytics.schemas.FileToRead;
import com.movielytics.schemas.GenomeScore;
import com.movielytics.schemas.GenomeTag;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.MovieMetadata;
import com.movielytics.schemas.MovielensMovie;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.Source;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.schemas.Tag;
import com.movielytics.transforms.enrich.IndexLinks;
import com.movielytics.transforms.enrich.GenomeTags;
import com.movielytics.transforms.enrich.ReadFromWarehouse;
import com.movielytics.transforms.parse.CpiParser;
import com.movielytics.transforms.parse.GenomeScoreParser;
import com.movielytics.transforms.parse.GenomeTagParser;
import com.movielytics.transforms.parse.LinkParser;
import com.movielytics.transforms.parse.MovieMetadataParser;
import com.movielytics.transforms.parse.MovielensMovieParser;
import com.movielytics.transforms.parse.RatingParser;
import com.movielytics.transforms.parse.TagParser;
import com.movielytics.transforms.read.ParseCsvFiles;
import com.movielytics.transforms.read.ReadSettings;
import com.movielytics.transforms.stage.BatchPerBundle;
import com.movielytics.transforms.stage.StageRows;
import com.movielytics.transforms.stage.StagingBacklog;
import com.movielytics.transforms.stage.StagingTable;
import com.movielytics.transforms.stage.StagingTables;
import com.movielytics.transforms.warehouse.LoadWarehouse;
import com.movielytics.transforms.warehouse.QualityGates;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The whole load as one graph: each source is read and parsed once, MovieLens records are linked to TMDB ids
 * through the crosswalk (the run's links files over the warehouse's, in an incremental run), genome scores are
 * checked against the genome tags (likewise the run's and the warehouse's), everything is
 * staged with JdbcIO, and after the last staging write the warehouse is upserted and checked. Rejects of every
 * stage flow into the quarantine.
 */
public final class LoadMovielytics extends PTransform<PBegin, PDone> {
  private final InputFiles files;
  private final ReadSettings reading;
  private final String runId;
  private final WarehouseConnection warehouse;
  private final QualityGates gates;
  private final boolean linkThroughWarehouse;
  private final StagingBacklog backlog;

  private final List<PCollection<Rejected>> rejected = new ArrayList<>();
  private final List<PCollection<SourceFileRead>> filesRead = new ArrayList<>();
  private final List<PCollection<Void>> stagingWrites = new ArrayList<>();
  private @Nullable PCollection<List<Link>> links;
  private @Nullable PCollection<List<GenomeTag>> genomeTags;
  private @Nullable PCollectionView<Map<Integer, Iterable<Link>>> crosswalk;

  /**
   * @param linkThroughWarehouse whether MovieLens records may also link through the crosswalk the warehouse
   *     holds: true for an incremental run, false for a full refresh, which rebuilds from the files alone
   */
  public LoadMovielytics(
      InputFiles files, ReadSettings reading, String runId, WarehouseConnection warehouse, QualityGates gates,
      boolean linkThroughWarehouse) {
    this.files = files;
    this.reading = reading;
    this.runId = runId;
    this.warehouse = warehouse;
    this.gates = gates;
    this.linkThroughWarehouse = linkThroughWarehouse;
    this.backlog = new StagingBacklog(runId, reading.maxRecordsAwaitingStaging());
  }

  @Override
  public PDone expand(PBegin begin) {
    // Only the sources the run reads get a branch: a day's ratings file runs without the other seven sources' empty
    // branches, each of which every runner would still schedule.
    if (reads(Source.LINKS)) {
      links = parseAndStage(begin, Source.LINKS, "ParseLinks",
          ParseCsvFiles.of(Source.LINKS, new LinkParser(), Link.class, reading), "StageLinks", StagingTables.LINKS);
    }
    if (reads(Source.MOVIES_METADATA)) {
      parseAndStage(begin, Source.MOVIES_METADATA, "ParseMovieMetadata",
          ParseCsvFiles.of(Source.MOVIES_METADATA, new MovieMetadataParser(), MovieMetadata.class, reading),
          "StageMovieMetadata", StagingTables.MOVIES_METADATA);
    }
    if (reads(Source.MOVIELENS_MOVIES)) {
      parseAndStage(begin, Source.MOVIELENS_MOVIES, "ParseMovielensMovies",
          ParseCsvFiles.linkedThrough(
              Source.MOVIELENS_MOVIES, new MovielensMovieParser(), MovielensMovie.class, reading, crosswalk(begin)),
          "StageMovielensMovies", StagingTables.MOVIELENS_MOVIES);
    }
    if (reads(Source.RATINGS)) {
      parseAndStage(begin, Source.RATINGS, "ParseRatings",
          ParseCsvFiles.linkedThrough(Source.RATINGS, new RatingParser(), Rating.class, reading, crosswalk(begin)),
          "StageRatings", StagingTables.RATINGS);
    }
    if (reads(Source.TAGS)) {
      parseAndStage(begin, Source.TAGS, "ParseTags",
          ParseCsvFiles.linkedThrough(Source.TAGS, new TagParser(), Tag.class, reading, crosswalk(begin)),
          "StageTags", StagingTables.TAGS);
    }
    if (reads(Source.GENOME_TAGS)) {
      genomeTags = parseAndStage(begin, Source.GENOME_TAGS, "ParseGenomeTags",
          ParseCsvFiles.of(Source.GENOME_TAGS, new GenomeTagParser(), GenomeTag.class, reading),
          "StageGenomeTags", StagingTables.GENOME_TAGS);
    }
    if (reads(Source.GENOME_SCORES)) {
      parseAndStage(begin, Source.GENOME_SCORES, "ParseGenomeScores",
          ParseCsvFiles.linkedThrough(
                  Source.GENOME_SCORES, new GenomeScoreParser(), GenomeScore.class, reading, crosswalk(begin))
              .checkedAgainst(genomeTagIndex(begin), GenomeTags::against),
          "StageGenomeScores", StagingTables.GENOME_SCORES);
    }
    if (reads(Source.CPI)) {
      parseAndStage(begin, Source.CPI, "ParseCpi",
          ParseCsvFiles.of(Source.CPI, new CpiParser(), CpiObservation.class, reading), "StageCpi", StagingTables.CPI);
    }

    return PCollectionList.of(stagingWrites)
        .and(
            PCollectionList.of(rejected)
                .apply("AllRejects", Flatten.pCollections())
                .apply("BatchRejects", BatchPerBundle.of(ParseCsvFiles.BATCH_RECORDS))
                .apply("StageQuarantine", stage(StagingTables.QUARANTINE)))
        .and(
            PCollectionList.of(filesRead)
                .apply("AllFilesRead", Flatten.pCollections())
                .apply("BatchFilesRead", BatchPerBundle.of(ParseCsvFiles.BATCH_RECORDS))
                .apply("StageFilesRead", stage(StagingTables.FILE_READ)))
        .apply("LoadWarehouse", new LoadWarehouse(runId, warehouse, gates));
  }

  private boolean reads(Source source) {
    return !files.toRead(source).isEmpty();
  }

  /**
   * The crosswalk the MovieLens readers link through, built on first use: the run's links files and, in an
   * incremental run, the warehouse's links ({@code ReadKnownLinks}), so a day's ratings link without a links file.
   */
  private PCollectionView<Map<Integer, Iterable<Link>>> crosswalk(PBegin begin) {
    if (crosswalk == null) {
      PCollectionList<Link> all = PCollectionList.of(
          links == null
              ? begin.apply("NoLinksFile", Create.empty(TypeDescriptor.of(Link.class)))
              : links.apply("EachLink", Flatten.iterables()));
      if (linkThroughWarehouse) {
        all = all.and(begin.apply("ReadKnownLinks", ReadFromWarehouse.knownLinks(warehouse)));
      }
      crosswalk = all.apply("AllLinks", Flatten.pCollections()).apply("IndexLinks", new IndexLinks());
    }
    return crosswalk;
  }

  /**
   * The genome tags that genome scores are checked against: the run's genome-tags files and, in an incremental
   * run, the warehouse's ({@code ReadKnownGenomeTags}).
   */
  private PCollectionView<Map<Integer, Iterable<String>>> genomeTagIndex(PBegin begin) {
    PCollectionList<KV<Integer, String>> all = PCollectionList.of(
        genomeTags == null
            ? begin.apply("NoGenomeTagsFile",
                Create.empty(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptors.strings())))
            : genomeTags
                .apply("EachGenomeTag", Flatten.iterables())
                .apply("ByTagId", MapElements
                    .into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptors.strings()))
                    .via((GenomeTag t) -> KV.of(t.tagId(), t.tag()))));
    if (linkThroughWarehouse) {
      all = all.and(begin.apply("ReadKnownGenomeTags", ReadFromWarehouse.knownGenomeTags(warehouse)));
    }
    return all.apply("AllGenomeTags", Flatten.pCollections()).apply("IndexGenomeTags", View.asMultimap());
  }

  /**
   * Reads one source's files with {@code parse}, in batches, and stages them, with the records waiting for
   * staging counted in the run's backlog; its rejects and file counts join the run's.
   */
  private <T> PCollection<List<T>> parseAndStage(
      PBegin begin, Source source, String name, ParseCsvFiles<T> parse, String stageName, StagingTable<T> table) {
    ParseCsvFiles<T> reader = parse.stagedWithin(backlog);
    PCollectionTuple parsed =
        begin
            .apply(name + "Files", Create.of(files.toRead(source)).withCoder(SerializableCoder.of(FileToRead.class)))
            .apply(name, reader);
    rejected.add(parsed.get(ParseCsvFiles.REJECTED));
    filesRead.add(parsed.get(ParseCsvFiles.FILES_READ));
    PCollection<List<T>> records = parsed.get(reader.parsed());
    stagingWrites.add(records.apply(stageName, stage(table).takingFrom(backlog)));
    return records;
  }

  private <T> StageRows<T> stage(StagingTable<T> table) {
    return StageRows.into(table, runId, warehouse);
  }
}
