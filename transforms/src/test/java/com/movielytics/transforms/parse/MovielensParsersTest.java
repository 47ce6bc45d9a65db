package com.movielytics.transforms.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.movielytics.schemas.GenreRef;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.MovielensMovie;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovielensParsersTest {
  private static <T> ParseResult<T> parse(CsvRecordParser<T> parser, CsvLayout layout, String... values) {
    return parser.parse(layout.columns(), List.of(values), "f.csv", 3);
  }

  private static ParseResult<Rating> rating(String... values) {
    return parse(new RatingParser(), RatingParser.LAYOUT, values);
  }

  @Test
  void ratingsInHalfStepsFromHalfToFive() {
    assertEquals(new Rating("f.csv", 3, 1, 31, 2.5, 1260759144L, null), rating("1", "31", "2.5", "1260759144").value());
    assertEquals(5.0, rating("1", "31", "5", "0").value().rating());
    assertEquals("rating '5.5' is not between 0.5 and 5.0 in steps of 0.5", rating("1", "31", "5.5", "1").reason());
    assertEquals("rating '0' is not between 0.5 and 5.0 in steps of 0.5", rating("1", "31", "0", "1").reason());
    assertEquals("rating '3.7' is not between 0.5 and 5.0 in steps of 0.5", rating("1", "31", "3.7", "1").reason());
    assertEquals("rating 'four' is not a number", rating("1", "31", "four", "1").reason());
    assertEquals("userId 'x7' is not a positive integer", rating("x7", "31", "4", "1").reason());
    assertEquals("timestamp '-5' is not a timestamp in epoch seconds", rating("1", "31", "4", "-5").reason());
    assertEquals("expected 4 fields, found 3", rating("1", "31", "4").reason());
  }

  @Test
  void linksKeepLeadingZerosAndBlankTmdbId() {
    CsvRecordParser<Link> p = new LinkParser();
    assertEquals(new Link("f.csv", 3, 1, "0114709", 862), parse(p, LinkParser.LAYOUT, "1", "0114709", "862").value());
    Link blank = parse(p, LinkParser.LAYOUT, "791", "0006414", "").value();
    assertNull(blank.tmdbId());
    assertEquals("tmdbId 'abc' is not a positive integer", parse(p, LinkParser.LAYOUT, "1", "0114709", "abc").reason());
  }

  @Test
  void movielensTitleYearAndConformedGenres() {
    CsvRecordParser<MovielensMovie> p = new MovielensMovieParser();
    MovielensMovie toy =
        parse(p, MovielensMovieParser.LAYOUT, "1", "Toy Story (1995)", "Adventure|Children|Sci-Fi|Musical").value();
    assertEquals("Toy Story", toy.title());
    assertEquals(1995, toy.releaseYear());
    assertEquals(
        List.of(new GenreRef(12, "Adventure"), new GenreRef(10751, "Family"), new GenreRef(878, "Science Fiction"),
            new GenreRef(10402, "Music")),
        toy.genres());

    MovielensMovie nested =
        parse(p, MovielensMovieParser.LAYOUT, "2", "Wings of Desire (Himmel \u00fcber Berlin) (1987)", "Drama").value();
    assertEquals("Wings of Desire (Himmel \u00fcber Berlin)", nested.title());
    assertEquals(1987, nested.releaseYear());

    MovielensMovie noYear = parse(p, MovielensMovieParser.LAYOUT, "3", "Babylon 5", "(no genres listed)").value();
    assertEquals("Babylon 5", noYear.title());
    assertNull(noYear.releaseYear());
    assertEquals(List.of(), noYear.genres());

    assertEquals(2006, parse(p, MovielensMovieParser.LAYOUT, "4", "Show (2006\u20132007)", "IMAX").value().releaseYear());
    assertEquals(
        "genres holds 'Cartoon', which is not a MovieLens genre",
        parse(p, MovielensMovieParser.LAYOUT, "5", "X (2000)", "Drama|Cartoon").reason());
  }

  @Test
  void tagsNeedText() {
    CsvRecordParser<Tag> p = new TagParser();
    assertEquals("funny", parse(p, TagParser.LAYOUT, "2", "60756", "funny", "1445714994").value().tag());
    assertEquals("tag is empty", parse(p, TagParser.LAYOUT, "2", "60756", "", "1445714994").reason());
  }
}
