package com.movielytics.schemas;

import static com.movielytics.schemas.CoderFields.readGenres;
import static com.movielytics.schemas.CoderFields.readNullableInt;
import static com.movielytics.schemas.CoderFields.readNullableString;
import static com.movielytics.schemas.CoderFields.readString;
import static com.movielytics.schemas.CoderFields.writeGenres;
import static com.movielytics.schemas.CoderFields.writeNullableInt;
import static com.movielytics.schemas.CoderFields.writeNullableString;
import static com.movielytics.schemas.CoderFields.writeString;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** MovieLens movies, field by field ({@link RecordCoder}). */
public class MovielensMovieCoder extends RecordCoder<MovielensMovie> {
  private static final MovielensMovieCoder INSTANCE = new MovielensMovieCoder();

  public static MovielensMovieCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(MovielensMovie.class), INSTANCE);
  }

  @Override
  void write(MovielensMovie m, DataOutputStream out) throws IOException {
    writeString(m.sourceFile(), out);
    out.writeLong(m.recordNumber());
    out.writeInt(m.movielensId());
    writeString(m.title(), out);
    writeNullableInt(m.releaseYear(), out);
    writeGenres(m.genres(), out);
    writeNullableInt(m.movieId(), out);
    writeNullableString(m.imdbId(), out);
  }

  @Override
  MovielensMovie read(DataInputStream in) throws IOException {
    return new MovielensMovie(
        readString(in),
        in.readLong(),
        in.readInt(),
        readString(in),
        readNullableInt(in),
        readGenres(in),
        readNullableInt(in),
        readNullableString(in));
  }
}
