package com.movielytics.transforms.parse;

import com.movielytics.schemas.CpiObservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Parses a FRED monthly series: header {@code DATE,<SERIES>} (older downloads) or {@code
 * observation_date,<SERIES>} (newer); the series id comes from the header, "." marks a missing observation.
 */
public final class CpiParser implements CsvRecordParser<CpiObservation> {
  private static final Pattern SERIES_ID = Pattern.compile("[A-Z0-9_]+");

  @Override
  public @Nullable String checkHeader(List<String> header) {
    if (header.size() == 2
        && (header.get(0).equals("DATE") || header.get(0).equals("observation_date"))
        && SERIES_ID.matcher(header.get(1)).matches()) {
      return null;
    }
    return "header is '" + String.join(",", header)
        + "', expected 'DATE,<SERIES>' or 'observation_date,<SERIES>' with an upper-case FRED series id";
  }

  @Override
  public @Nullable String checkShape(List<String> values) {
    return values.size() == 2 ? null : "expected 2 fields, found " + values.size();
  }

  @Override
  public ParseResult<CpiObservation> parse(
      List<String> header, List<String> values, String sourceFile, long recordNumber) {
    String shapeProblem = checkShape(values);
    if (shapeProblem != null) {
      return ParseResult.rejected(shapeProblem);
    }
    String date = values.get(0).trim();
    String value = values.get(1).trim();
    LocalDate month;
    try {
      month = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return ParseResult.rejected(header.get(0) + " '" + date + "' is not a date (yyyy-MM-dd)");
    }
    if (month.getDayOfMonth() != 1) {
      return ParseResult.rejected(header.get(0) + " '" + date + "' is not the first day of a month");
    }
    BigDecimal observation = null;
    if (!value.equals(".")) {
      try {
        observation = new BigDecimal(value);
      } catch (NumberFormatException e) {
        return ParseResult.rejected(header.get(1) + " '" + value + "' is not a number or '.'");
      }
      if (observation.signum() <= 0) {
        return ParseResult.rejected(header.get(1) + " '" + value + "' is not a positive index value");
      }
    }
    return ParseResult.ok(new CpiObservation(sourceFile, recordNumber, header.get(1), month, observation));
  }
}
