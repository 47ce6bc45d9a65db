package com.movielytics.transforms.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonCodeTest {
  /** Every wording of the parsers, the crosswalk and the record reader, as they quarantine records. */
  @Test
  void everyWordingHasItsCode() {
    Map<String, String> wordings = Map.ofEntries(
        Map.entry("the line is not valid UTF-8: byte 0xE9 at byte 12 of the record (a Windows-1252 or Latin-1 "
            + "character?)", "invalid_utf8"),
        Map.entry("the line is 2,000,000 bytes, longer than --maxRecordBytes (1,048,576 bytes)", "record_too_long"),
        Map.entry("the record is longer than --maxRecordBytes (4,096 bytes) without ending: a quote that opens a "
            + "field may never close", "record_too_long"),
        Map.entry("the line has a quote that opens field 2 and is not closed before the line ends", "malformed_csv"),
        Map.entry("the record has text after the closing quote of field 3", "malformed_csv"),
        Map.entry("header is 'a,b', expected 'userId,movieId,rating,timestamp'", "bad_header"),
        Map.entry("expected 4 fields, found 5", "field_count"),
        Map.entry("movieId 513 is not in the links crosswalk", "unmapped_movie"),
        Map.entry("movieId 502 has no tmdbId in the links crosswalk (links.csv record 502)", "unmapped_movie"),
        Map.entry("tagId 1129 is not in the genome tags (genome-tags files or movies.genome_tag)",
            "unknown_genome_tag"),
        Map.entry("genres holds 'Space Opera', which is not a MovieLens genre", "unknown_genre"),
        Map.entry("rating is empty", "missing_value"),
        Map.entry("tag is empty", "missing_value"),
        Map.entry("rating '6.0' is not between 0.5 and 5.0 in steps of 0.5", "out_of_range"),
        Map.entry("relevance '1.25' is not between 0 and 1", "out_of_range"),
        Map.entry("CPIAUCSL '-1' is not a positive index value", "out_of_range"),
        Map.entry("release_date '1995-13-01' is not a date (yyyy-MM-dd)", "invalid_date"),
        Map.entry("DATE '2020-01-15' is not the first day of a month", "invalid_date"),
        Map.entry("timestamp 'x' is not a timestamp in epoch seconds", "invalid_date"),
        Map.entry("budget 'abc' is not a number", "not_a_number"),
        Map.entry("CPIAUCSL 'n/a' is not a number or '.'", "not_a_number"),
        Map.entry("userId 'x7' is not a positive integer", "not_a_number"),
        Map.entry("id '1997-08-20' is not a positive integer (columns shifted?)", "not_a_number"),
        Map.entry("revenue '-5' is not a whole non-negative amount", "not_a_number"),
        Map.entry("vote_count '1.5' is not a whole count", "not_a_number"),
        Map.entry("imdbId 'tt12' is not a numeric IMDb id", "not_a_number"),
        Map.entry("imdb_id 'x' is not an IMDb id like tt0114709", "invalid_value"),
        Map.entry("adult 'maybe' is not True or False", "invalid_value"),
        Map.entry("genres '[{' is not a Python literal: expected '}' at offset 2", "invalid_literal"),
        Map.entry("belongs_to_collection is not a dict with a 'name'", "invalid_literal"),
        Map.entry("genres is not a list", "invalid_literal"),
        Map.entry("genres holds an entry without an integer 'id' and a 'name': {}", "invalid_literal"));
    wordings.forEach((reason, code) -> assertEquals(code, ReasonCode.of(reason), reason));
    assertEquals(ReasonCode.OTHER, ReasonCode.of("something no parser says"));
  }

  @Test
  void aQuotedValueThatReadsLikeAWordingDoesNotChooseTheCode() {
    assertEquals("invalid_literal", ReasonCode.of("genres 'not UTF-8, is empty' is not a Python literal: unexpected 'n' "
        + "at offset 0"));
    assertEquals("not_a_number", ReasonCode.of("budget 'is not between' is not a number"));
  }
}
