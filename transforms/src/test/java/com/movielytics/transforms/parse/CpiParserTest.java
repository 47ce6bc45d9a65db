package com.movielytics.transforms.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.movielytics.schemas.CpiObservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpiParserTest {
  private static final CpiParser PARSER = new CpiParser();

  @Test
  void seriesComesFromEitherHeaderStyle() {
    assertNull(PARSER.checkHeader(List.of("DATE", "CUSR0000SS62031")));
    assertNull(PARSER.checkHeader(List.of("observation_date", "CPIAUCSL")));
    assertEquals(
        "header is 'date,value', expected 'DATE,<SERIES>' or 'observation_date,<SERIES>' with an upper-case FRED "
            + "series id",
        PARSER.checkHeader(List.of("date", "value")));
  }

  @Test
  void parsesMonthsAndFredsMissingMarker() {
    List<String> header = List.of("DATE", "CUSR0000SS62031");
    assertEquals(
        new CpiObservation("f.csv", 1, "CUSR0000SS62031", LocalDate.of(1999, 1, 1), new BigDecimal("102.700")),
        PARSER.parse(header, List.of("1999-01-01", "102.700"), "f.csv", 1).value());
    assertNull(PARSER.parse(header, List.of("1999-02-01", "."), "f.csv", 2).value().value());
    assertEquals("DATE '1999-02-15' is not the first day of a month",
        PARSER.parse(header, List.of("1999-02-15", "1"), "f.csv", 3).reason());
    assertEquals("CUSR0000SS62031 'n/a' is not a number or '.'",
        PARSER.parse(header, List.of("1999-03-01", "n/a"), "f.csv", 4).reason());
  }
}
