package com.movielytics.schemas;

import static com.movielytics.schemas.CoderFields.readGenres;
import static com.movielytics.schemas.CoderFields.readNullableDate;
import static com.movielytics.schemas.CoderFields.readNullableDouble;
import static com.movielytics.schemas.CoderFields.readNullableInt;
import static com.movielytics.schemas.CoderFields.readNullableLong;
import static com.movielytics.schemas.CoderFields.readNullableString;
import static com.movielytics.schemas.CoderFields.readString;
import static com.movielytics.schemas.CoderFields.writeGenres;
import static com.movielytics.schemas.CoderFields.writeNullableDate;
import static com.movielytics.schemas.CoderFields.writeNullableDouble;
import static com.movielytics.schemas.CoderFields.writeNullableInt;
import static com.movielytics.schemas.CoderFields.writeNullableLong;
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
 * MovieMetadata: a field-by-field coder. On Spark and Flink every record crosses at least one encoding (a shuffle, a
 * network exchange, a kept step output); Java serialization of records took about a third of Flink's CPU samples
 * while staging a 10 M first load, most of it on the tags, links and movies.
 */
public class MovieMetadataCoder extends AtomicCoder<MovieMetadata> {
  private static final MovieMetadataCoder INSTANCE = new MovieMetadataCoder();

  public static MovieMetadataCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(MovieMetadata.class), INSTANCE);
  }

  @Override
  public void encode(MovieMetadata m, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    writeString(m.sourceFile(), out);
    out.writeLong(m.recordNumber());
    out.writeInt(m.movieId());
    writeNullableString(m.imdbId(), out);
    writeString(m.title(), out);
    writeNullableString(m.originalTitle(), out);
    writeNullableString(m.originalLanguage(), out);
    out.writeBoolean(m.adult());
    writeNullableDate(m.releaseDate(), out);
    writeNullableLong(m.budget(), out);
    writeNullableLong(m.revenue(), out);
    writeNullableDouble(m.runtimeMinutes(), out);
    writeNullableDouble(m.popularity(), out);
    writeNullableDouble(m.voteAverage(), out);
    writeNullableInt(m.voteCount(), out);
    writeNullableString(m.status(), out);
    writeNullableString(m.collectionName(), out);
    writeGenres(m.genres(), out);
    out.flush();
  }

  @Override
  public MovieMetadata decode(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    return new MovieMetadata(
        readString(in),
        in.readLong(),
        in.readInt(),
        readNullableString(in),
        readString(in),
        readNullableString(in),
        readNullableString(in),
        in.readBoolean(),
        readNullableDate(in),
        readNullableLong(in),
        readNullableLong(in),
        readNullableDouble(in),
        readNullableDouble(in),
        readNullableDouble(in),
        readNullableInt(in),
        readNullableString(in),
        readNullableString(in),
        readGenres(in));
  }

  @Override
  public void verifyDeterministic() {}
}
