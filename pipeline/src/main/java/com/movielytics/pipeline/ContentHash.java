package com.movielytics.pipeline;

import com.movielytics.pipeline.InputFiles.InputFile;
import com.movielytics.transforms.read.ReadSettings;
import com.movielytics.transforms.read.ResumingReadChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes as stored (a .gz file is hashed compressed): what tells identical files apart. */
final class ContentHash {
  private ContentHash() {}

  /** The hash of a local or S3 file as listed, read through Beam's file systems with the run's retries. */
  static String sha256(InputFile file, ReadSettings reading) throws IOException {
    try (InputStream in =
        Channels.newInputStream(
            new ResumingReadChannel(file.uri(), file.sizeBytes(), reading.readAttempts(),
                reading.initialBackoffMillis()))) {
      return copy(in, OutputStream.nullOutputStream());
    }
  }

  /** Copies {@code in} to {@code out} and returns the hash of what passed. */
  static String copy(InputStream in, OutputStream out) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
      out.write(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
