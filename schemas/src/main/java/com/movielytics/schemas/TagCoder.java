package com.movielytics.schemas;

import static com.movielytics.schemas.CoderFields.readNullableInt;
import static com.movielytics.schemas.CoderFields.readString;
import static com.movielytics.schemas.CoderFields.writeNullableInt;
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
 * Tag: a field-by-field coder. On Spark and Flink every record crosses at least one encoding (a shuffle, a
 * network exchange, a kept step output); Java serialization of records took about a third of Flink's CPU samples
 * while staging a 10 M first load, most of it on the tags, links and movies.
 */
public class TagCoder extends AtomicCoder<Tag> {
  private static final TagCoder INSTANCE = new TagCoder();

  public static TagCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Tag.class), INSTANCE);
  }

  @Override
  public void encode(Tag t, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    writeString(t.sourceFile(), out);
    out.writeLong(t.recordNumber());
    out.writeInt(t.userId());
    out.writeInt(t.movielensId());
    writeString(t.tag(), out);
    out.writeLong(t.taggedAtEpochSecond());
    writeNullableInt(t.movieId(), out);
    out.flush();
  }

  @Override
  public Tag decode(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    return new Tag(
        readString(in),
        in.readLong(),
        in.readInt(),
        in.readInt(),
        readString(in),
        in.readLong(),
        readNullableInt(in));
  }

  @Override
  public void verifyDeterministic() {}
}
