package com.movielytics.transforms.parse;

import java.util.List;

/**
 * The stable code of a quarantine reason, beside its message: the message names the field and the value, so
 * "what did the last run reject" grouped by message has a row per value; grouped by code it has a handful. The code
 * is read from the message's wording, which the parsers and the record reader share: {@code ReasonCodeTest} holds
 * every wording they use to its code, and {@link #OTHER} is what a new wording gets until it is added here.
 */
public final class ReasonCode {
  public static final String OTHER = "other";

  /** In order, the first whose phrase the message contains gives the code. */
  private static final List<String[]> PHRASES = List.of(
      new String[] {"UTF-8", "invalid_utf8"},
      new String[] {"longer than --maxRecordBytes", "record_too_long"},
      new String[] {"has a quote that opens field", "malformed_csv"},
      new String[] {"has text after the closing quote", "malformed_csv"},
      new String[] {"header is '", "bad_header"},
      new String[] {" fields, found ", "field_count"},
      new String[] {"in the links crosswalk", "unmapped_movie"},
      new String[] {"is not in the genome tags", "unknown_genome_tag"},
      new String[] {"which is not a MovieLens genre", "unknown_genre"},
      new String[] {" is empty", "missing_value"},
      new String[] {"is not between", "out_of_range"},
      new String[] {"is not a positive index value", "out_of_range"},
      new String[] {"is not a date", "invalid_date"},
      new String[] {"is not the first day of a month", "invalid_date"},
      new String[] {"is not a timestamp", "invalid_date"},
      new String[] {"is not a number", "not_a_number"},
      new String[] {"is not a positive integer", "not_a_number"},
      new String[] {"is not a whole", "not_a_number"},
      new String[] {"is not a numeric", "not_a_number"},
      new String[] {"is not an IMDb id", "invalid_value"},
      new String[] {"is not True or False", "invalid_value"},
      new String[] {"is not a Python literal", "invalid_literal"},
      new String[] {"is not a dict", "invalid_literal"},
      new String[] {"is not a list", "invalid_literal"},
      new String[] {"holds an entry without", "invalid_literal"});

  private ReasonCode() {}

  public static String of(String reason) {
    // Messages quote the values they found ('...'): a value that reads like a wording must not choose the code.
    String wording = reason.replaceAll("'[^']*'", "''");
    for (String[] phrase : PHRASES) {
      if (wording.contains(phrase[0])) {
        return phrase[1];
      }
    }
    return OTHER;
  }
}
