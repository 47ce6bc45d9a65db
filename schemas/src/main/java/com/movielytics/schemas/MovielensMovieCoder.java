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
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * MovielensMovie: a field-by-field coder. On Spark and Flink every record crosses at least one encoding (a shuffle, a
 * network exchange, a kept step output); Java serialization of records took about a third of Flink's CPU samples
 * while staging a 10 M first load, most of it on the tags, links and movies.
 */
public class MovielensMovieCoder extends AtomicCoder<MovielensMovie> {
  private static final MovielensMovieCoder INSTANCE = new MovielensMovieCoder();

  public static MovielensMovieCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(MovielensMovie.class), INSTANCE);
  }

  @Override
  public void encode(MovielensMovie m, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    writeString(m.sourceFile(), out);
    out.writeLong(m.recordNumber());
    out.writeInt(m.movielensId());
    writeString(m.title(), out);
    writeNullableInt(m.releaseYear(), out);
    writeGenres(m.genres(), out);
    writeNullableInt(m.movieId(), out);
    writeNullableString(m.imdbId(), out);
    out.flush();
  }

  @Override
  public MovielensMovie decode(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
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

  @Override
  public void verifyDeterministic() {}
}
