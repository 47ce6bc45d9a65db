package com.movielytics.schemas;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The field encodings the hand-written record coders share: strings as UTF-8 with their length, a nullable value
 * as a presence flag and the value. DataOutputStream and DataInputStream do not buffer, so they interleave with
 * StringUtf8Coder on the same stream.
 */
final class CoderFields {
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  private CoderFields() {}

  static void writeString(String value, DataOutputStream out) throws IOException {
    STRING.encode(value, out);
  }

  static String readString(DataInputStream in) throws IOException {
    return STRING.decode(in);
  }

  static void writeNullableString(@Nullable String value, DataOutputStream out) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      STRING.encode(value, out);
    }
  }

  static @Nullable String readNullableString(DataInputStream in) throws IOException {
    return in.readBoolean() ? STRING.decode(in) : null;
  }

  static void writeNullableInt(@Nullable Integer value, DataOutputStream out) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeInt(value);
    }
  }

  static @Nullable Integer readNullableInt(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readInt() : null;
  }

  static void writeNullableLong(@Nullable Long value, DataOutputStream out) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value);
    }
  }

  static @Nullable Long readNullableLong(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readLong() : null;
  }

  static void writeNullableDouble(@Nullable Double value, DataOutputStream out) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeDouble(value);
    }
  }

  static @Nullable Double readNullableDouble(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readDouble() : null;
  }

  static void writeNullableDate(@Nullable LocalDate value, DataOutputStream out) throws IOException {
    writeNullableLong(value == null ? null : value.toEpochDay(), out);
  }

  static @Nullable LocalDate readNullableDate(DataInputStream in) throws IOException {
    Long epochDay = readNullableLong(in);
    return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
  }

  static void writeGenres(List<GenreRef> genres, DataOutputStream out) throws IOException {
    out.writeInt(genres.size());
    for (GenreRef genre : genres) {
      out.writeInt(genre.id());
      STRING.encode(genre.name(), out);
    }
  }

  static List<GenreRef> readGenres(DataInputStream in) throws IOException {
    int size = in.readInt();
    List<GenreRef> genres = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      genres.add(new GenreRef(in.readInt(), STRING.decode(in)));
    }
    return genres;
  }
}
