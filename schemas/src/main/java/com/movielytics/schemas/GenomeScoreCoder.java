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
 * Genome scores come in millions (ml-25m: 15.6 M), as ratings do: a field-by-field coder rather than Java
 * serialization, for the same reason as {@link RatingCoder}.
 */
public class GenomeScoreCoder extends RecordCoder<GenomeScore> {
  private static final GenomeScoreCoder INSTANCE = new GenomeScoreCoder();

  public static GenomeScoreCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(GenomeScore.class), INSTANCE);
  }

  @Override
  void write(GenomeScore s, DataOutputStream out) throws IOException {
    writeString(s.sourceFile(), out);
    out.writeLong(s.recordNumber());
    out.writeInt(s.movielensId());
    out.writeInt(s.tagId());
    out.writeDouble(s.relevance());
    out.writeInt(s.movieId() == null ? Integer.MIN_VALUE : s.movieId());
  }

  @Override
  GenomeScore read(DataInputStream in) throws IOException {
    String sourceFile = readString(in);
    long recordNumber = in.readLong();
    int movielensId = in.readInt();
    int tagId = in.readInt();
    double relevance = in.readDouble();
    int movieId = in.readInt();
    return new GenomeScore(
        sourceFile, recordNumber, movielensId, tagId, relevance, movieId == Integer.MIN_VALUE ? null : movieId);
  }
}
