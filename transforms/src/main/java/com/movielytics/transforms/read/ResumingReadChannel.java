package com.movielytics.transforms.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.Locale;
import org.apache.beam.sdk.io.FileSystems;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored bytes of one file (local, {@code s3://}, whatever Beam's {@link FileSystems} opens) as a channel that
 * survives read errors. An exception from the store or a stream that ends early (a body cut off, a reset, a
 * timeout) is retried ({@link Retries}), resuming at the byte where the stream broke: a seek, which S3 serves as
 * a ranged GET. A read error is never data: when it has broken {@code attempts} times in a row (a break after
 * 1 MiB of progress starts the count afresh), {@link #read} throws.
 *
 * <p>The bytes must come to exactly the size the file had when the run listed it: a file that is another size
 * when opened, or yields more bytes, changed while the run was reading it, and that fails at once.
 */
public final class ResumingReadChannel implements ReadableByteChannel {
  private static final Logger LOG = LoggerFactory.getLogger(ResumingReadChannel.class);
  /** A break after this much progress since the last one starts the count of breaks in a row afresh. */
  private static final long REAL_PROGRESS_BYTES = 1 << 20;

  private final String uri;
  private final long expectedSize;
  private final int attempts;
  private final long initialBackoffMillis;
  private @Nullable ReadableByteChannel channel;
  private long position;
  private int failures; // breaks in a row, without real progress between them
  private long progressSinceBreak;
  private boolean open = true;

  /** The size of a file changed between listing and reading: not retried, since it would not help. */
  public static final class FileChangedException extends IOException {
    FileChangedException(String message) {
      super(message);
    }
  }

  /**
   * @param expectedSize the file's size in the run's listing
   * @param attempts how many times reading may break in a row before it gives up (at least 1)
   * @param initialBackoffMillis the wait before the first retry (see {@link Retries})
   */
  public ResumingReadChannel(String uri, long expectedSize, int attempts, long initialBackoffMillis) {
    this(uri, expectedSize, attempts, initialBackoffMillis, 0);
  }

  /** A channel that starts reading at byte {@code from} (a seek: a ranged GET on S3). */
  public ResumingReadChannel(String uri, long expectedSize, int attempts, long initialBackoffMillis, long from) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, is " + attempts);
    }
    this.uri = uri;
    this.expectedSize = expectedSize;
    this.attempts = attempts;
    this.initialBackoffMillis = initialBackoffMillis;
    this.position = from;
  }

  /** The offset of the next byte: bytes read so far, from the start of the file. */
  public long position() {
    return position;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!open) {
      throw new ClosedChannelException();
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    while (true) {
      int before = dst.position();
      Exception error = null;
      try {
        if (channel == null) {
          channel = openAt(position);
        }
        int n = channel.read(dst);
        if (n > 0) {
          return advance(n);
        }
        if (n < 0 && position == expectedSize) {
          return -1;
        }
      } catch (FileChangedException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        error = e;
      }
      // Bytes that arrived before the stream broke are good; the next read resumes after them.
      int partial = dst.position() - before;
      if (partial > 0) {
        advance(partial);
      }
      closeStream();
      failures = progressSinceBreak >= REAL_PROGRESS_BYTES ? 1 : failures + 1;
      progressSinceBreak = 0;
      String what =
          error == null
              ? String.format(Locale.ROOT, "the stream ended at byte %,d of %,d", position, expectedSize)
              : error.getClass().getSimpleName() + ": " + error.getMessage();
      if (failures >= attempts) {
        throw new IOException(
            String.format(Locale.ROOT, "reading %s failed at byte %,d of %,d, %d attempt(s) in a row: %s", uri,
                position, expectedSize, attempts, what),
            error);
      }
      Retries.backOff(String.format(Locale.ROOT, "Reading %s at byte %,d", uri, position), what, failures,
          attempts, initialBackoffMillis);
      if (partial > 0) {
        return partial;
      }
    }
  }

  private int advance(int n) throws FileChangedException {
    position += n;
    progressSinceBreak += n;
    if (position > expectedSize) {
      throw changed("holds more than the " + String.format(Locale.ROOT, "%,d", expectedSize) + " bytes");
    }
    return n;
  }

  private ReadableByteChannel openAt(long offset) throws IOException {
    ReadableByteChannel opened = FileSystems.open(FileSystems.matchNewResource(uri, false));
    try {
      if (opened instanceof SeekableByteChannel seekable) {
        long size = seekable.size();
        if (size != expectedSize) {
          throw changed(String.format(Locale.ROOT, "is %,d bytes", size));
        }
        if (offset > 0 && offset < size) {
          seekable.position(offset);
        }
      } else {
        skip(opened, offset);
      }
      return opened;
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  /** Reaches {@code offset} in a channel that cannot seek by reading up to it. */
  private void skip(ReadableByteChannel c, long offset) throws IOException {
    ByteBuffer scratch = ByteBuffer.allocate(1 << 16);
    long skipped = 0;
    while (skipped < offset) {
      scratch.clear().limit((int) Math.min(scratch.capacity(), offset - skipped));
      int n = c.read(scratch);
      if (n < 0) {
        throw new IOException(String.format(Locale.ROOT, "the stream ended at byte %,d while skipping to byte %,d",
            skipped, offset));
      }
      skipped += n;
    }
  }

  private FileChangedException changed(String what) {
    return new FileChangedException(
        String.format(Locale.ROOT, "%s %s, but was %,d bytes when the run listed it: the file changed while the "
            + "run read it; rerun once it is complete", uri, what, expectedSize));
  }

  private void closeStream() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException | RuntimeException e) {
        LOG.debug("Closing a broken stream of {}", uri, e);
      }
      channel = null;
    }
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    closeStream();
    open = false;
  }
}
