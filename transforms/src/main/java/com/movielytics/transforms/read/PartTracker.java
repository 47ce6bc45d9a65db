package com.movielytics.transforms.read;

import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.transforms.splittabledofn.OffsetRangeTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Tracks the record starts claimed in a range of a file, which is read in parts of about {@link #PART_BYTES}: after
 * the first record that starts that far into the range (and at least that far from its end), the reader emits what
 * the part accounted for and asks to resume, and the rest of the range becomes a part of its own. On the
 * DirectRunner, which has no backpressure, the start of a part is where a reader waits for the staging writes
 * ({@link com.movielytics.transforms.stage.StagingBacklog}); other runners read the parts one after the other.
 *
 * <p>The tracker splits there, or before a part's first record (which leaves the part whole), and nowhere else: a
 * checkpoint the runner asks for elsewhere (the DirectRunner asks every 100 outputs or second) is declined, so that
 * a file's parts, and the records each part decides about (its refusal for its encoding), are the same on every
 * runner and every run. A range whose records cannot be read from the middle (compressed, spanning lines, the
 * crosswalk) is one part.
 */
final class PartTracker extends OffsetRangeTracker {
  static final long PART_BYTES = 1L << 20;

  private final boolean resumable;

  PartTracker(OffsetRange range, boolean resumable) {
    super(range);
    this.resumable = resumable;
  }

  /** Whether the record starting at {@code offset} is the last of its part of {@code range}. */
  static boolean endsPart(OffsetRange range, long offset) {
    return offset - range.getFrom() >= PART_BYTES && range.getTo() - offset >= PART_BYTES;
  }

  @Override
  public @Nullable SplitResult<OffsetRange> trySplit(double fractionOfRemainder) {
    if (!resumable || fractionOfRemainder != 0) {
      return null;
    }
    // Before the first claim, the whole part is the residual: the reader waits for the staging backlog, or meets
    // the runner's checkpoint as a failed first claim and stops with nothing emitted. What is left after such a
    // split is empty, and is not split again.
    if (lastAttemptedOffset == null) {
      return range.getFrom() < range.getTo() ? super.trySplit(0) : null;
    }
    // Otherwise only a checkpoint right after a part's last record: the rest is read from the line after it.
    if (lastClaimedOffset == null || !endsPart(range, lastClaimedOffset)) {
      return null;
    }
    return super.trySplit(0);
  }
}
