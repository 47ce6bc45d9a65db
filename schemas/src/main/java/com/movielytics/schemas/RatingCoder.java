package com.movielytics.schemas;

import static com.movielytics.schemas.CoderFields.readString;
import static com.movielytics.schemas.CoderFields.writeString;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Ratings are the bulk of every load (tens of millions of rows); a field-by-field coder is several times
 * faster and smaller than Java serialization.
 */
public class RatingCoder extends RecordCoder<Rating> {
  private static final RatingCoder INSTANCE = new RatingCoder();

  public static RatingCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Rating.class), INSTANCE);
  }

  @Override
  void write(Rating r, DataOutputStream out) throws IOException {
    writeString(r.sourceFile(), out);
    out.writeLong(r.recordNumber());
    out.writeInt(r.userId());
    out.writeInt(r.movielensId());
    out.writeDouble(r.rating());
    out.writeLong(r.ratedAtEpochSecond());
    out.writeInt(r.movieId() == null ? Integer.MIN_VALUE : r.movieId());
  }

  @Override
  Rating read(DataInputStream in) throws IOException {
    String sourceFile = readString(in);
    long recordNumber = in.readLong();
    int userId = in.readInt();
    int movielensId = in.readInt();
    double rating = in.readDouble();
    long ratedAt = in.readLong();
    int movieId = in.readInt();
    return new Rating(
        sourceFile, recordNumber, userId, movielensId, rating, ratedAt,
        movieId == Integer.MIN_VALUE ? null : movieId);
  }
}
