package com.movielytics.transforms.parse;

import org.checkerframework.checker.nullness.qual.Nullable;

/** What a parser makes of one CSV record: a value, or the reason it was rejected. */
public final class ParseResult<T> {
  private final @Nullable T value;
  private final @Nullable String reason;

  private ParseResult(@Nullable T value, @Nullable String reason) {
    this.value = value;
    this.reason = reason;
  }

  public static <T> ParseResult<T> ok(T value) {
    return new ParseResult<>(value, null);
  }

  public static <T> ParseResult<T> rejected(String reason) {
    return new ParseResult<>(null, reason);
  }

  public boolean isOk() {
    return reason == null;
  }

  public T value() {
    if (value == null) {
      throw new IllegalStateException("rejected: " + reason);
    }
    return value;
  }

  public String reason() {
    if (reason == null) {
      throw new IllegalStateException("not rejected");
    }
    return reason;
  }

  @Override
  public String toString() {
    return isOk() ? "ok(" + value + ")" : "rejected(" + reason + ")";
  }
}
