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
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** TMDB movie metadata, field by field ({@link RecordCoder}). */
public class MovieMetadataCoder extends RecordCoder<MovieMetadata> {
  private static final MovieMetadataCoder INSTANCE = new MovieMetadataCoder();

  public static MovieMetadataCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(MovieMetadata.class), INSTANCE);
  }

  @Override
  void write(MovieMetadata m, DataOutputStream out) throws IOException {
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
  }

  @Override
  MovieMetadata read(DataInputStream in) throws IOException {
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
}
