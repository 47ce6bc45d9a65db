package com.movielytics.schemas;

import static com.movielytics.schemas.CoderFields.readNullableInt;
import static com.movielytics.schemas.CoderFields.readNullableString;
import static com.movielytics.schemas.CoderFields.readString;
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
 * Link: a field-by-field coder. On Spark and Flink every record crosses at least one encoding (a shuffle, a
 * network exchange, a kept step output); Java serialization of records took about a third of Flink's CPU samples
 * while staging a 10 M first load, most of it on the tags, links and movies.
 */
public class LinkCoder extends AtomicCoder<Link> {
  private static final LinkCoder INSTANCE = new LinkCoder();

  public static LinkCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Link.class), INSTANCE);
  }

  @Override
  public void encode(Link l, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    writeString(l.sourceFile(), out);
    out.writeLong(l.recordNumber());
    out.writeInt(l.movielensId());
    writeNullableString(l.imdbId(), out);
    writeNullableInt(l.tmdbId(), out);
    out.flush();
  }

  @Override
  public Link decode(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    return new Link(
        readString(in),
        in.readLong(),
        in.readInt(),
        readNullableString(in),
        readNullableInt(in));
  }

  @Override
  public void verifyDeterministic() {}
}
