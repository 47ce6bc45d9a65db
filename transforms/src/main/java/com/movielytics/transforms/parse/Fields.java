package com.movielytics.transforms.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Typed access to the fields of one CSV record by column name. Each getter throws {@link BadField} with a message
 * that names the column, quotes the value and says what was expected.
 */
public final class Fields {
  /** A field that does not hold what its column promises. */
  public static final class BadField extends RuntimeException {
    BadField(String message) {
      super(message, null, false, false);
    }
  }

  private final CsvLayout layout;
  private final List<String> values;

  public Fields(CsvLayout layout, List<String> values) {
    this.layout = layout;
    this.values = values;
  }

  public @Nullable String optionalText(String column) {
    String v = values.get(layout.index(column));
    return v.isBlank() ? null : v;
  }

  public String text(String column) {
    String v = optionalText(column);
    if (v == null) {
      throw new BadField(column + " is empty");
    }
    return v;
  }

  public int positiveInt(String column) {
    String v = text(column).trim();
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadField(column + " '" + v + "' is not a positive integer");
  }

  public @Nullable Integer optionalPositiveInt(String column) {
    return optionalText(column) == null ? null : positiveInt(column);
  }

  public long epochSeconds(String column) {
    String v = text(column).trim();
    try {
      long n = Long.parseLong(v);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadField(column + " '" + v + "' is not a timestamp in epoch seconds");
  }

  public @Nullable BigDecimal optionalDecimal(String column) {
    String v = optionalText(column);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.trim());
    } catch (NumberFormatException e) {
      throw new BadField(column + " '" + v + "' is not a number");
    }
  }

  public @Nullable Double optionalDouble(String column) {
    BigDecimal d = optionalDecimal(column);
    return d == null ? null : d.doubleValue();
  }

  /** A whole amount where 0 means "unknown": null for blank or zero. */
  public @Nullable Long optionalAmount(String column) {
    BigDecimal d = optionalDecimal(column);
    if (d == null || d.signum() == 0) {
      return null;
    }
    try {
      if (d.signum() > 0) {
        return d.longValueExact();
      }
    } catch (ArithmeticException e) {
      // reported below
    }
    throw new BadField(column + " '" + d.toPlainString() + "' is not a whole non-negative amount");
  }

  public @Nullable LocalDate optionalDate(String column) {
    String v = optionalText(column);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new BadField(column + " '" + v + "' is not a date (yyyy-MM-dd)");
    }
  }

  public boolean pythonBool(String column) {
    String raw = text(column);
    return switch (raw.trim()) {
      case "True" -> true;
      case "False" -> false;
      default -> throw new BadField(column + " '" + abbreviate(raw) + "' is not True or False");
    };
  }

  /** Shortens a value quoted in a message: an overview in the wrong column should not fill the reason. */
  public static String abbreviate(String v) {
    String oneLine = v.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
