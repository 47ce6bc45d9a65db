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
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Links, field by field ({@link RecordCoder}). */
public class LinkCoder extends RecordCoder<Link> {
  private static final LinkCoder INSTANCE = new LinkCoder();

  public static LinkCoder of() {
    return INSTANCE;
  }

  /** What {@code @DefaultCoder} looks up; without it Beam silently falls back to SerializableCoder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Link.class), INSTANCE);
  }

  @Override
  void write(Link l, DataOutputStream out) throws IOException {
    writeString(l.sourceFile(), out);
    out.writeLong(l.recordNumber());
    out.writeInt(l.movielensId());
    writeNullableString(l.imdbId(), out);
    writeNullableInt(l.tmdbId(), out);
  }

  @Override
  Link read(DataInputStream in) throws IOException {
    return new Link(
        readString(in),
        in.readLong(),
        in.readInt(),
        readNullableString(in),
        readNullableInt(in));
  }
}
