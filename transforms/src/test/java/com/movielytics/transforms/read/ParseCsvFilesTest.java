package com.movielytics.transforms.read;

import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.movielytics.schemas.Csv;
import com.movielytics.schemas.FileToRead;
import com.movielytics.schemas.GenomeScore;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.MovieMetadata;
import com.movielytics.schemas.MovielensMovie;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.Source;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.transforms.enrich.GenomeTags;
import com.movielytics.transforms.enrich.IndexLinks;
import com.movielytics.transforms.parse.GenomeScoreParser;
import com.movielytics.transforms.parse.LinkParser;
import com.movielytics.transforms.parse.MovieMetadataParser;
import com.movielytics.transforms.parse.MovieMetadataParserTest;
import com.movielytics.transforms.parse.MovielensMovieParser;
import com.movielytics.transforms.parse.RatingParser;
import com.movielytics.transforms.stage.StagingBacklog;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ParseCsvFilesTest {
  private static final ReadSettings SETTINGS = ReadSettings.defaults();

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  private String write(String name, String content) throws IOException {
    File file = folder.newFile(name);
    Files.writeString(file.toPath(), content, StandardCharsets.UTF_8);
    return file.getAbsolutePath();
  }

  /** The file as a run lists it: with its size now. */
  private static FileToRead listed(String path) throws IOException {
    return new FileToRead(path, Files.size(Path.of(path)));
  }

  private PCollection<FileToRead> files(String name, String path) throws IOException {
    return pipeline.apply(name, Create.of(listed(path)).withCoder(SerializableCoder.of(FileToRead.class)));
  }

  private static SourceFileRead wholeFile(String source, String path, long records) throws IOException {
    long size = Files.size(Path.of(path));
    return new SourceFileRead(source, path, 0, records, lineBreaks(path), size, size, null);
  }

  private static long lineBreaks(String path) throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of(path));
    long n = 0;
    for (byte b : bytes) {
      n += b == '\n' ? 1 : 0;
    }
    return n;
  }

  /** A file's parts add up to its records, its bytes and its line breaks. */
  private static void assertPartsCover(PCollection<SourceFileRead> parts, String path, long records)
      throws IOException {
    PAssert.thatSingleton(parts.apply("Records", MapElements.into(TypeDescriptors.longs()).via(SourceFileRead::records))
            .apply("SumRecords", Sum.longsGlobally()))
        .isEqualTo(records);
    PAssert.thatSingleton(parts.apply("Bytes", MapElements.into(TypeDescriptors.longs()).via(SourceFileRead::bytesRead))
            .apply("SumBytes", Sum.longsGlobally()))
        .isEqualTo(Files.size(Path.of(path)));
    PAssert.thatSingleton(parts.apply("Lines", MapElements.into(TypeDescriptors.longs()).via(SourceFileRead::lines))
            .apply("SumLines", Sum.longsGlobally()))
        .isEqualTo(lineBreaks(path));
  }

  /** The parsed records one by one: ParseCsvFiles emits them in batches. */
  private static <T> PCollection<T> each(String name, PCollectionTuple parsed, ParseCsvFiles<T> parse) {
    return parsed.get(parse.parsed()).apply(name, Flatten.iterables());
  }

  private static PCollection<String> reasons(PCollectionTuple parsed) {
    return parsed
        .get(ParseCsvFiles.REJECTED)
        .apply(
            "Reasons",
            MapElements.into(TypeDescriptors.strings())
                .via((Rejected r) -> r.source() + " " + r.recordNumber() + ": " + r.reason()));
  }

  @Test
  public void quotedMultiLineOverviewIsOneRecordAndBadRowsAreQuarantined() throws IOException {
    List<String> toyStory = MovieMetadataParserTest.toyStory();
    List<String> shifted = MovieMetadataParserTest.toyStory();
    shifted.set(5, "1997-08-20");
    String path =
        write(
            "movies_metadata.csv",
            String.join(",", MovieMetadataParser.LAYOUT.columns()) + "\n"
                + Csv.line(toyStory.toArray(String[]::new)) + "\n"
                + Csv.line(shifted.toArray(String[]::new)) + "\n"
                + "False,,0"); // a short row, and no newline at the end like the real file

    ParseCsvFiles<MovieMetadata> parse =
        ParseCsvFiles.of(Source.MOVIES_METADATA, new MovieMetadataParser(), MovieMetadata.class, SETTINGS);
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PAssert.that(
            each("Each1", parsed, parse)
                .apply(MapElements.into(TypeDescriptors.strings()).via((MovieMetadata m) -> m.movieId() + " " + m.title())))
        .containsInAnyOrder("862 Toy Story");
    PAssert.that(reasons(parsed))
        .containsInAnyOrder(
            "movies_metadata 2: id '1997-08-20' is not a positive integer (columns shifted?)",
            "movies_metadata 3: expected 24 fields, found 3");
    PAssert.that(parsed.get(ParseCsvFiles.FILES_READ)).containsInAnyOrder(wholeFile("movies_metadata", path, 3));
    pipeline.run();
  }

  @Test
  public void aFileWithTheWrongHeaderIsQuarantinedRecordByRecord() throws IOException {
    String path = write("ratings.csv", "user,movie,stars,time\r\n1,1,4.0,964982703\r\n");
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class, SETTINGS);
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PAssert.that(each("Each2", parsed, parse)).empty();
    PAssert.that(parsed.get(ParseCsvFiles.REJECTED))
        .containsInAnyOrder(
            new Rejected("ratings", path, 1, 2, 23, 19, "1,1,4.0,964982703",
                "header is 'user,movie,stars,time', expected 'userId,movieId,rating,timestamp'"));
    pipeline.run();
  }

  @Test
  public void aStrayQuoteCostsItsLineAndTheRestOfTheFileLoads() throws IOException {
    String path =
        write("ratings.csv",
            "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n2,\"2,3.0,1\n3,3,2.5,964982704\n");
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class, SETTINGS);
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PAssert.that(each("Each3", parsed, parse))
        .containsInAnyOrder(new Rating(path, 1, 1, 1, 4.0, 964982703L, null),
            new Rating(path, 3, 3, 3, 2.5, 964982704L, null));
    PAssert.that(parsed.get(ParseCsvFiles.REJECTED))
        .containsInAnyOrder(
            new Rejected("ratings", path, 2, 3, 50, 11, "2,\"2,3.0,1",
                "the line has a quote that opens field 2 and is not closed before the line ends (at byte 3 of the "
                    + "record)"));
    PAssert.that(parsed.get(ParseCsvFiles.FILES_READ)).containsInAnyOrder(wholeFile("ratings", path, 3));
    pipeline.run();
  }

  @Test
  public void gzippedFilesAreReadByTheirExtension() throws IOException {
    File file = folder.newFile("ratings_20240721.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file.toPath()))) {
      out.write("userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n".getBytes(StandardCharsets.UTF_8));
    }
    String path = file.getAbsolutePath();
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class, SETTINGS);
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PAssert.that(each("Each4", parsed, parse)).containsInAnyOrder(new Rating(path, 1, 1, 1, 4.0, 964982703L, null));
    pipeline.run();
  }

  @Test
  public void aByteThatIsNotUtf8CostsItsRecordOnly() throws IOException {
    File file = folder.newFile("movies.csv");
    Files.write(file.toPath(),
        "movieId,title,genres\n1,Heat (1995),Crime\n2,Am\u00e9lie (2001),Comedy\n3,Jaws (1975),Horror\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    String path = file.getAbsolutePath();
    ParseCsvFiles<MovielensMovie> parse =
        ParseCsvFiles.of(Source.MOVIELENS_MOVIES, new MovielensMovieParser(), MovielensMovie.class, SETTINGS);
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PAssert.that(each("Each5", parsed, parse)
            .apply(MapElements.into(TypeDescriptors.strings()).via((MovielensMovie m) -> m.title())))
        .containsInAnyOrder("Heat", "Jaws");
    PAssert.that(reasons(parsed))
        .containsInAnyOrder(
            "movielens_movies 2: the line is not valid UTF-8: byte 0xE9 at byte 5 of the record (a Windows-1252 or "
                + "Latin-1 character?)");
    PAssert.that(parsed.get(ParseCsvFiles.FILES_READ)).containsInAnyOrder(wholeFile("movielens_movies", path, 3));
    pipeline.run();
  }

  @Test
  public void aFileThatIsMostlyNotUtf8IsRefusedAsAWhole() throws IOException {
    File file = folder.newFile("movies.csv");
    Files.write(file.toPath(),
        "movieId,title,genres\n1,Am\u00e9lie (2001),Comedy\n2,Cr\u00e8me (1999),Drama\n3,Jaws (1975),Horror\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    String path = file.getAbsolutePath();
    ParseCsvFiles<MovielensMovie> parse =
        ParseCsvFiles.of(Source.MOVIELENS_MOVIES, new MovielensMovieParser(), MovielensMovie.class, SETTINGS);
    PCollectionTuple parsed = files("Files", path).apply(parse);

    long size = Files.size(file.toPath());
    PAssert.that(parsed.get(ParseCsvFiles.FILES_READ))
        .containsInAnyOrder(new SourceFileRead("movielens_movies", path, 0, 3, 4, size, size,
            "2 of its 3 records are not valid UTF-8: the file is in another encoding (Windows-1252 or Latin-1?); "
                + "convert it to UTF-8"));
    pipeline.run();
  }

  @Test
  public void aFileThatChangedSinceItWasListedFailsTheRead() throws IOException {
    String path = write("ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n");
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class, SETTINGS);
    pipeline
        .apply(Create.of(new FileToRead(path, Files.size(Path.of(path)) + 10))
            .withCoder(SerializableCoder.of(FileToRead.class)))
        .apply(parse);

    Pipeline.PipelineExecutionException e =
        assertThrows(Pipeline.PipelineExecutionException.class, () -> pipeline.run());
    assertTrue(e.getMessage(), e.getMessage().contains(
        path + " is 50 bytes, but was 60 bytes when the run listed it: the file changed while the run read it"));
  }

  /**
   * 300,000 ratings read in ranges of 1 MB, with a 3.5 MB line across four ranges: every record comes out once,
   * and the ranges account for all.
   */
  @Test
  public void aBigFileReadInRangesYieldsEveryRecordOnce() throws IOException {
    StringBuilder text = new StringBuilder("userId,movieId,rating,timestamp\r\n");
    int ratings = 300_000;
    for (int i = 1; i <= ratings; i++) {
      text.append(i).append(",").append(i % 977 + 1).append(",4.0,964982703\r\n");
      if (i % 50_000 == 0) {
        text.append("7,\"1,4.0,964982703\r\n\r\n"); // a stray quote, then a blank line
      }
      if (i == 123_456) {
        text.append("8,").append("9".repeat(3_500_000)).append(",4.0,964982703\r\n"); // longer than a record may be
      }
    }
    String path = write("ratings.csv", text.toString());
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class,
        new ReadSettings(1 << 20, 5, 500, 1 << 20, 0));
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PCollection<Rating> each = each("Each", parsed, parse);
    PAssert.thatSingleton(each.apply("Count", Count.globally())).isEqualTo((long) ratings);
    // Users 1..n once each: their sum and the sum of their squares say so without a per-key grouping, which the
    // DirectRunner makes slow at this size.
    long n = ratings;
    PAssert.thatSingleton(
            each.apply("Users", MapElements.into(TypeDescriptors.longs()).via(r -> (long) r.userId()))
                .apply("SumUsers", Sum.longsGlobally()))
        .isEqualTo(n * (n + 1) / 2);
    PAssert.thatSingleton(
            each.apply("UsersSquared", MapElements.into(TypeDescriptors.longs()).via(r -> (long) r.userId() * r.userId()))
                .apply("SumUsersSquared", Sum.longsGlobally()))
        .isEqualTo(n * (n + 1) * (2 * n + 1) / 6);
    PAssert.thatSingleton(parsed.get(ParseCsvFiles.REJECTED).apply("CountRejects", Count.globally())).isEqualTo(7L);
    PCollection<SourceFileRead> parts = parsed.get(ParseCsvFiles.FILES_READ);
    assertPartsCover(parts, path, ratings + 7L);
    pipeline.run();
  }

  @Test
  public void aRangeIsReadInPartsOfAboutAMegabyteThatAccountForEveryRecordOnce() throws IOException {
    StringBuilder text = new StringBuilder("userId,movieId,rating,timestamp\n");
    int ratings = 150_000; // 3.6 MB in one range: parts from 0, about 1 MiB and 2 MiB in
    for (int i = 1; i <= ratings; i++) {
      text.append(i).append(",").append(i % 977 + 1).append(",4.0,964982703\n");
      if (i == 100_000) {
        text.append("9,9,9.9,964982703\n"); // out of range, in the last part
      }
    }
    String path = write("ratings.csv", text.toString());
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class,
        new ReadSettings(1 << 20, 5, 500, 64L << 20, 0));
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PAssert.thatSingleton(each("Each", parsed, parse).apply("Count", Count.globally())).isEqualTo((long) ratings);
    PAssert.that(parsed.get(ParseCsvFiles.REJECTED).apply("Where", MapElements.into(TypeDescriptors.longs())
            .via(r -> r.recordNumber() >> ParseCsvFiles.ORDINAL_BITS)))
        .satisfies(starts -> {
          assertTrue("the reject's part starts past 2 MiB: " + starts, starts.iterator().next() > 2L << 20);
          return null;
        });
    PCollection<SourceFileRead> parts = parsed.get(ParseCsvFiles.FILES_READ);
    PAssert.thatSingleton(parts.apply("Parts", Count.globally())).isEqualTo(3L);
    assertPartsCover(parts, path, ratings + 1L);
    pipeline.run();
  }

  @Test
  public void partsWaitingOnABacklogThatNoWriteTakesAreReadOnceItStalls() throws IOException {
    StringBuilder text = new StringBuilder("userId,movieId,rating,timestamp\n");
    int ratings = 150_000; // three parts: after the first, the backlog is over its bound of one record
    for (int i = 1; i <= ratings; i++) {
      text.append(i).append(",").append(i % 977 + 1).append(",4.0,964982703\n");
    }
    String path = write("ratings.csv", text.toString());
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class, SETTINGS)
        .stagedWithin(new StagingBacklog("partsWaitingOnABacklog", 1));
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PAssert.thatSingleton(each("Each", parsed, parse).apply("Count", Count.globally())).isEqualTo((long) ratings);
    PCollection<SourceFileRead> parts = parsed.get(ParseCsvFiles.FILES_READ);
    PAssert.thatSingleton(parts.apply("Parts", Count.globally())).isEqualTo(3L);
    assertPartsCover(parts, path, ratings);
    pipeline.run();
  }

  @Test
  public void anEmptyFileIsReadAsNoRecords() throws IOException {
    String path = write("ratings_20240701.csv", "");
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class, SETTINGS);
    PCollectionTuple parsed = files("Files", path).apply(parse);

    PAssert.that(each("Each", parsed, parse)).empty();
    PAssert.that(parsed.get(ParseCsvFiles.FILES_READ)).containsInAnyOrder(wholeFile("ratings", path, 0));
    pipeline.run();
  }

  @Test
  public void aTruncatedGzipFailsTheReadNamingTheFile() throws IOException {
    File file = folder.newFile("ratings_20240722.csv.gz");
    java.io.ByteArrayOutputStream gzipped = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gzipped)) {
      out.write("userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n".repeat(200).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gzipped.toByteArray();
    Files.write(file.toPath(), java.util.Arrays.copyOf(whole, whole.length / 2)); // an upload cut off
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class, SETTINGS);
    files("Files", file.getAbsolutePath()).apply(parse);

    Pipeline.PipelineExecutionException e =
        assertThrows(Pipeline.PipelineExecutionException.class, () -> pipeline.run());
    assertTrue(e.getMessage(), e.getMessage().contains(file.getAbsolutePath() + " cannot be read: "));
  }

  /** The links file parsed and indexed by MovieLens id, as the pipeline's crosswalk side input. */
  private PCollectionView<Map<Integer, Iterable<Link>>> crosswalk(String links) throws IOException {
    ParseCsvFiles<Link> parseLinks = ParseCsvFiles.of(Source.LINKS, new LinkParser(), Link.class, SETTINGS);
    return pipeline
        .apply("Links", Create.of(listed(links)).withCoder(SerializableCoder.of(FileToRead.class)))
        .apply("ParseLinks", parseLinks)
        .get(parseLinks.parsed())
        .apply("EachLink", Flatten.iterables())
        .apply(new IndexLinks());
  }

  @Test
  public void ratingsAreLinkedToTmdbIdsInTheSamePass() throws IOException {
    String links = write("links.csv", "movieId,imdbId,tmdbId\r\n1,0114709,862\r\n791,0006414,\r\n");
    String ratings =
        write(
            "ratings.csv",
            "userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n1,791,3.0,964982224\r\n2,99,2.0,964982224\r\n");

    PCollectionView<Map<Integer, Iterable<Link>>> crosswalk = crosswalk(links);
    ParseCsvFiles<Rating> parse =
        ParseCsvFiles.linkedThrough(Source.RATINGS, new RatingParser(), Rating.class, SETTINGS, crosswalk);
    PCollectionTuple parsed =
        files("Ratings", ratings).apply("ParseRatings", parse);

    PAssert.that(each("Each6", parsed, parse))
        .containsInAnyOrder(new Rating(ratings, 1, 1, 1, 4.0, 964982703L, 862));
    PAssert.that(reasons(parsed))
        .containsInAnyOrder(
            "ratings 2: movieId 791 has no tmdbId in the links crosswalk (" + links + " record 2)",
            "ratings 3: movieId 99 is not in the links crosswalk");
    pipeline.run();
  }

  @Test
  public void genomeScoresAreLinkedAndCheckedAgainstTheGenomeTagsInTheSamePass() throws IOException {
    String links = write("links.csv", "movieId,imdbId,tmdbId\n1,0114709,862\n791,0006414,\n");
    String scores =
        write("genome-scores.csv", "movieId,tagId,relevance\n1,1,0.025\n1,2,0.5\n791,1,0.5\n1,1.5,0.5\n");

    PCollectionView<Map<Integer, Iterable<Link>>> crosswalk = crosswalk(links);
    PCollectionView<Map<Integer, Iterable<String>>> genomeTags =
        pipeline.apply("GenomeTags", Create.of(KV.of(1, "funny"))).apply(View.asMultimap());
    ParseCsvFiles<GenomeScore> parse =
        ParseCsvFiles.linkedThrough(
                Source.GENOME_SCORES, new GenomeScoreParser(), GenomeScore.class, SETTINGS, crosswalk)
            .checkedAgainst(genomeTags, GenomeTags::against);
    PCollectionTuple parsed = files("Scores", scores).apply("ParseScores", parse);

    PAssert.that(each("EachScore", parsed, parse)).containsInAnyOrder(new GenomeScore(scores, 1, 1, 1, 0.025, 862));
    PAssert.that(reasons(parsed))
        .containsInAnyOrder(
            "genome_scores 2: tagId 2 is not in the genome tags (genome-tags files or movies.genome_tag)",
            "genome_scores 3: movieId 791 has no tmdbId in the links crosswalk (" + links + " record 2)",
            "genome_scores 4: tagId '1.5' is not a positive integer");
    pipeline.run();
  }
}
