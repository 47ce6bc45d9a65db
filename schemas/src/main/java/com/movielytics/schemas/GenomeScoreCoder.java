package com.movielytics.schemas;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Genome scores come in millions (ml-25m: 15.6 M), as ratings do: a field-by-field coder rather than Java
 * serialization, for the same reason as {@link RatingCoder}.
 */
public class GenomeScoreCoder extends AtomicCoder<GenomeScore> {
  private static final GenomeScoreCoder INSTANCE = new GenomeScoreCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  public static GenomeScoreCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(GenomeScore.class), INSTANCE);
  }

  @Override
  public void encode(GenomeScore s, OutputStream out) throws IOException {
    STRING.encode(s.sourceFile(), out);
    DataOutputStream data = new DataOutputStream(out);
    data.writeLong(s.recordNumber());
    data.writeInt(s.movielensId());
    data.writeInt(s.tagId());
    data.writeDouble(s.relevance());
    data.writeInt(s.movieId() == null ? Integer.MIN_VALUE : s.movieId());
    data.flush();
  }

  @Override
  public GenomeScore decode(InputStream in) throws IOException {
    String sourceFile = STRING.decode(in);
    DataInputStream data = new DataInputStream(in);
    long recordNumber = data.readLong();
    int movielensId = data.readInt();
    int tagId = data.readInt();
    double relevance = data.readDouble();
    int movieId = data.readInt();
    return new GenomeScore(
        sourceFile, recordNumber, movielensId, tagId, relevance, movieId == Integer.MIN_VALUE ? null : movieId);
  }

  @Override
  public void verifyDeterministic() {}
}
