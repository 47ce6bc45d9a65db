package com.movielytics.schemas;

import static com.movielytics.schemas.CoderFields.readNullableInt;
import static com.movielytics.schemas.CoderFields.readString;
import static com.movielytics.schemas.CoderFields.writeNullableInt;
import static com.movielytics.schemas.CoderFields.writeString;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Tags, field by field ({@link RecordCoder}). */
public class TagCoder extends RecordCoder<Tag> {
  private static final TagCoder INSTANCE = new TagCoder();

  public static TagCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Tag.class), INSTANCE);
  }

  @Override
  void write(Tag t, DataOutputStream out) throws IOException {
    writeString(t.sourceFile(), out);
    out.writeLong(t.recordNumber());
    out.writeInt(t.userId());
    out.writeInt(t.movielensId());
    writeString(t.tag(), out);
    out.writeLong(t.taggedAtEpochSecond());
    writeNullableInt(t.movieId(), out);
  }

  @Override
  Tag read(DataInputStream in) throws IOException {
    return new Tag(
        readString(in),
        in.readLong(),
        in.readInt(),
        in.readInt(),
        readString(in),
        in.readLong(),
        readNullableInt(in));
  }
}
