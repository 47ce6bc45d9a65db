package com.movielytics.transforms.read;

import com.movielytics.schemas.Csv;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.MovieMetadata;
import com.movielytics.schemas.MovielensMovie;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.Source;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.transforms.enrich.IndexLinks;
import com.movielytics.transforms.parse.LinkParser;
import com.movielytics.transforms.parse.MovieMetadataParser;
import com.movielytics.transforms.parse.MovieMetadataParserTest;
import com.movielytics.transforms.parse.MovielensMovieParser;
import com.movielytics.transforms.parse.RatingParser;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
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
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  private String write(String name, String content) throws IOException {
    File file = folder.newFile(name);
    Files.writeString(file.toPath(), content, StandardCharsets.UTF_8);
    return file.getAbsolutePath();
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
        ParseCsvFiles.of(Source.MOVIES_METADATA, new MovieMetadataParser(), MovieMetadata.class);
    PCollectionTuple parsed = pipeline.apply(Create.of(path).withCoder(StringUtf8Coder.of())).apply(parse);

    PAssert.that(
            parsed.get(parse.parsed())
                .apply(MapElements.into(TypeDescriptors.strings()).via((MovieMetadata m) -> m.movieId() + " " + m.title())))
        .containsInAnyOrder("862 Toy Story");
    PAssert.that(reasons(parsed))
        .containsInAnyOrder(
            "movies_metadata 2: id '1997-08-20' is not a positive integer (columns shifted?)",
            "movies_metadata 3: expected 24 fields, found 3");
    PAssert.that(parsed.get(ParseCsvFiles.FILES_READ))
        .containsInAnyOrder(new SourceFileRead("movies_metadata", path, 3));
    pipeline.run();
  }

  @Test
  public void aFileWithTheWrongHeaderIsQuarantinedRecordByRecord() throws IOException {
    String path = write("ratings.csv", "user,movie,stars,time\r\n1,1,4.0,964982703\r\n");
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class);
    PCollectionTuple parsed = pipeline.apply(Create.of(path).withCoder(StringUtf8Coder.of())).apply(parse);

    PAssert.that(parsed.get(parse.parsed())).empty();
    PAssert.that(parsed.get(ParseCsvFiles.REJECTED))
        .containsInAnyOrder(
            new Rejected("ratings", path, 1, "1,1,4.0,964982703",
                "header is 'user,movie,stars,time', expected 'userId,movieId,rating,timestamp'"));
    pipeline.run();
  }

  @Test
  public void brokenQuotingQuarantinesWhatCannotBeRead() throws IOException {
    String path = write("ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n2,\"2,3.0,1\n");
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class);
    PCollectionTuple parsed = pipeline.apply(Create.of(path).withCoder(StringUtf8Coder.of())).apply(parse);

    PAssert.that(parsed.get(parse.parsed()))
        .containsInAnyOrder(new Rating(path, 1, 1, 1, 4.0, 964982703L, null));
    PAssert.that(
            parsed.get(ParseCsvFiles.REJECTED)
                .apply(MapElements.into(TypeDescriptors.strings()).via((Rejected r) -> r.recordNumber() + " "
                    + r.reason().startsWith("malformed CSV after record 1"))))
        .containsInAnyOrder("2 true");
    PAssert.that(parsed.get(ParseCsvFiles.FILES_READ)).containsInAnyOrder(new SourceFileRead("ratings", path, 2));
    pipeline.run();
  }

  @Test
  public void gzippedFilesAreReadByTheirExtension() throws IOException {
    File file = folder.newFile("ratings_20240721.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file.toPath()))) {
      out.write("userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n".getBytes(StandardCharsets.UTF_8));
    }
    String path = file.getAbsolutePath();
    ParseCsvFiles<Rating> parse = ParseCsvFiles.of(Source.RATINGS, new RatingParser(), Rating.class);
    PCollectionTuple parsed = pipeline.apply(Create.of(path).withCoder(StringUtf8Coder.of())).apply(parse);

    PAssert.that(parsed.get(parse.parsed())).containsInAnyOrder(new Rating(path, 1, 1, 1, 4.0, 964982703L, null));
    pipeline.run();
  }

  @Test
  public void aFileThatIsNotUtf8IsQuarantinedWithThatReason() throws IOException {
    File file = folder.newFile("movies.csv");
    Files.write(file.toPath(),
        "movieId,title,genres\n2,Am\u00e9lie (2001),Comedy\n".getBytes(StandardCharsets.ISO_8859_1));
    String path = file.getAbsolutePath();
    ParseCsvFiles<MovielensMovie> parse =
        ParseCsvFiles.of(Source.MOVIELENS_MOVIES, new MovielensMovieParser(), MovielensMovie.class);
    PCollectionTuple parsed = pipeline.apply(Create.of(path).withCoder(StringUtf8Coder.of())).apply(parse);

    PAssert.that(parsed.get(parse.parsed())).empty();
    PAssert.that(reasons(parsed))
        .containsInAnyOrder(
            "movielens_movies 1: the file is not valid UTF-8 (bytes that do not decode, at or after record 0: the "
                + "reader decodes ahead); the rest of the file could not be read");
    pipeline.run();
  }

  @Test
  public void ratingsAreLinkedToTmdbIdsInTheSamePass() throws IOException {
    String links = write("links.csv", "movieId,imdbId,tmdbId\r\n1,0114709,862\r\n791,0006414,\r\n");
    String ratings =
        write(
            "ratings.csv",
            "userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n1,791,3.0,964982224\r\n2,99,2.0,964982224\r\n");

    ParseCsvFiles<Link> parseLinks = ParseCsvFiles.of(Source.LINKS, new LinkParser(), Link.class);
    PCollectionView<Map<Integer, Iterable<Link>>> crosswalk =
        pipeline
            .apply("Links", Create.of(links).withCoder(StringUtf8Coder.of()))
            .apply("ParseLinks", parseLinks)
            .get(parseLinks.parsed())
            .apply(new IndexLinks());
    ParseCsvFiles<Rating> parse =
        ParseCsvFiles.linkedThrough(Source.RATINGS, new RatingParser(), Rating.class, crosswalk);
    PCollectionTuple parsed =
        pipeline.apply("Ratings", Create.of(ratings).withCoder(StringUtf8Coder.of())).apply("ParseRatings", parse);

    PAssert.that(parsed.get(parse.parsed()))
        .containsInAnyOrder(new Rating(ratings, 1, 1, 1, 4.0, 964982703L, 862));
    PAssert.that(reasons(parsed))
        .containsInAnyOrder(
            "ratings 2: movieId 791 has no tmdbId in the links crosswalk (" + links + " record 2)",
            "ratings 3: movieId 99 is not in the links crosswalk");
    pipeline.run();
  }
}
