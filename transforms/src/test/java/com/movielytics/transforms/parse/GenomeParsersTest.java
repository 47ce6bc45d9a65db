package com.movielytics.transforms.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.schemas.GenomeScore;
import com.movielytics.schemas.GenomeTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenomeParsersTest {
  private static ParseResult<GenomeScore> score(String... values) {
    return new GenomeScoreParser().parse(GenomeScoreParser.LAYOUT.columns(), List.of(values), "f.csv", 3);
  }

  private static ParseResult<GenomeTag> tag(String... values) {
    return new GenomeTagParser().parse(GenomeTagParser.LAYOUT.columns(), List.of(values), "f.csv", 3);
  }

  @Test
  void scoresFromZeroToOneAtFullPrecision() {
    assertEquals(
        new GenomeScore("f.csv", 3, 1, 1128, 0.028749999999999998, null),
        score("1", "1128", "0.028749999999999998").value());
    assertEquals(0.0, score("1", "2", "0").value().relevance());
    assertEquals(1.0, score("1", "2", "1.000").value().relevance());
    assertEquals(0.001, score("1", "2", "1E-3").value().relevance());
  }

  @Test
  void scoresOutsideTheRangeOrNotNumbersAreRejected() {
    assertEquals("relevance '1.0000001' is not between 0 and 1", score("1", "2", "1.0000001").reason());
    assertEquals("relevance '-0.25' is not between 0 and 1", score("1", "2", "-0.25").reason());
    assertEquals("relevance 'NaN' is not a number", score("1", "2", "NaN").reason());
    assertEquals("relevance '0.5f' is not a number", score("1", "2", "0.5f").reason());
    assertEquals("relevance is empty", score("1", "2", "").reason());
    assertEquals("tagId '0' is not a positive integer", score("1", "0", "0.5").reason());
    assertEquals("expected 3 fields, found 2", score("1", "2").reason());
  }

  @Test
  void tagsNeedAnIdAndAText() {
    assertEquals(new GenomeTag("f.csv", 3, 7, "based on a book"), tag("7", "based on a book").value());
    assertEquals("tag is empty", tag("7", " ").reason());
    assertEquals("tagId 'x' is not a positive integer", tag("x", "funny").reason());
  }
}
