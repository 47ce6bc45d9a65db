package com.movielytics.transforms.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.schemas.GenreRef;
import com.movielytics.schemas.MovieMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class MovieMetadataParserTest {
  private static final MovieMetadataParser PARSER = new MovieMetadataParser();
  private static final List<String> HEADER = MovieMetadataParser.LAYOUT.columns();

  /** Toy Story's row as the real file has it. */
  public static List<String> toyStory() {
    return new ArrayList<>(
        List.of(
            "False",
            "{'id': 10194, 'name': 'Toy Story Collection', 'poster_path': '/7G9.jpg', 'backdrop_path': None}",
            "30000000",
            "[{'id': 16, 'name': 'Animation'}, {'id': 35, 'name': 'Comedy'}, {'id': 10751, 'name': 'Family'}]",
            "http://toystory.disney.com/toy-story",
            "862",
            "tt0114709",
            "en",
            "Toy Story",
            "Led by Woody, Andy's toys live happily in his room.\nA second line.",
            "21.946943",
            "/rhIRbceoE9lR4veEXuwCC2wARtG.jpg",
            "[{'name': 'Pixar Animation Studios', 'id': 3}]",
            "[{'iso_3166_1': 'US', 'name': 'United States of America'}]",
            "1995-10-30",
            "373554033",
            "81.0",
            "[{'iso_639_1': 'en', 'name': 'English'}]",
            "Released",
            "",
            "Toy Story",
            "False",
            "7.7",
            "5415"));
  }

  private static ParseResult<MovieMetadata> parse(List<String> values) {
    return PARSER.parse(HEADER, values, "movies_metadata.csv", 1);
  }

  private static List<String> with(String column, String value) {
    List<String> row = toyStory();
    row.set(HEADER.indexOf(column), value);
    return row;
  }

  @Test
  void parsesTheRealToyStoryRow() {
    MovieMetadata m = parse(toyStory()).value();
    assertEquals(862, m.movieId());
    assertEquals("tt0114709", m.imdbId());
    assertEquals("Toy Story Collection", m.collectionName());
    assertEquals(LocalDate.of(1995, 10, 30), m.releaseDate());
    assertEquals(30_000_000L, m.budget());
    assertEquals(373_554_033L, m.revenue());
    assertEquals(81.0, m.runtimeMinutes());
    assertEquals(5415, m.voteCount());
    assertFalse(m.adult());
    assertEquals(
        List.of(new GenreRef(16, "Animation"), new GenreRef(35, "Comedy"), new GenreRef(10751, "Family")),
        m.genres());
  }

  @Test
  void zeroBudgetAndRevenueMeanUnknown() {
    List<String> row = with("budget", "0");
    row.set(HEADER.indexOf("revenue"), "0.0");
    MovieMetadata m = parse(row).value();
    assertNull(m.budget());
    assertNull(m.revenue());
  }

  @Test
  void blankOptionalColumnsAreNull() {
    List<String> row = with("release_date", "");
    row.set(HEADER.indexOf("belongs_to_collection"), "");
    row.set(HEADER.indexOf("imdb_id"), "");
    MovieMetadata m = parse(row).value();
    assertNull(m.releaseDate());
    assertNull(m.collectionName());
    assertNull(m.imdbId());
  }

  @Test
  void emptyGenreListIsNoGenre() {
    assertTrue(parse(with("genres", "[]")).value().genres().isEmpty());
  }

  @Test
  void collectionNameWithSingleQuoteInDoubleQuotes() {
    assertEquals(
        "Lovers' Collection",
        parse(with("belongs_to_collection", "{'id': 1, 'name': \"Lovers' Collection\", 'poster_path': None}"))
            .value()
            .collectionName());
  }

  @Test
  void shiftedColumnsAreRejectedByTheirId() {
    ParseResult<MovieMetadata> r = parse(with("id", "1997-08-20"));
    assertEquals("id '1997-08-20' is not a positive integer (columns shifted?)", r.reason());
  }

  @Test
  void shortRowsAreRejectedWithTheirWidth() {
    assertEquals("expected 24 fields, found 23", parse(toyStory().subList(0, 23)).reason());
  }

  @Test
  void specificReasonsForBadFields() {
    assertEquals("adult ' - Written by Orn' is not True or False", parse(with("adult", " - Written by Orn")).reason());
    assertEquals("release_date '1995-13-45' is not a date (yyyy-MM-dd)", parse(with("release_date", "1995-13-45")).reason());
    assertEquals("budget '/ff9.jpg' is not a number", parse(with("budget", "/ff9.jpg")).reason());
    assertEquals("imdb_id '0' is not an IMDb id like tt0114709", parse(with("imdb_id", "0")).reason());
    assertEquals("title is empty", parse(with("title", "")).reason());
    assertTrue(parse(with("genres", "[{'id': 16, 'name': 'Anim")).reason().startsWith("genres '[{'id': 16, 'name': 'Anim' is not a Python literal: unterminated string"));
  }
}
