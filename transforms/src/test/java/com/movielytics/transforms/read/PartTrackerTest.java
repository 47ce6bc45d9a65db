package com.movielytics.transforms.read;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.junit.Test;

public class PartTrackerTest {
  private static final long MIB = PartTracker.PART_BYTES;

  @Test
  public void aCheckpointIsTakenOnlyRightAfterAPartsLastRecord() {
    PartTracker tracker = new PartTracker(new OffsetRange(100, 100 + 3 * MIB), true);
    assertTrue(tracker.tryClaim(150L));
    assertNull("too early in the part", tracker.trySplit(0));
    long last = 100 + MIB + 7; // the first record at least a part into the range
    assertTrue(PartTracker.endsPart(tracker.currentRestriction(), last));
    assertTrue(tracker.tryClaim(last));
    assertNull("only checkpoints", tracker.trySplit(0.5));

    SplitResult<OffsetRange> split = tracker.trySplit(0);

    assertEquals(new OffsetRange(100, last + 1), split.getPrimary());
    assertEquals(new OffsetRange(last + 1, 100 + 3 * MIB), split.getResidual());
  }

  @Test
  public void beforeItsFirstClaimThePartIsLeftWhole() {
    PartTracker tracker = new PartTracker(new OffsetRange(100, 100 + 3 * MIB), true);

    SplitResult<OffsetRange> split = tracker.trySplit(0);

    assertEquals(new OffsetRange(100, 100 + 3 * MIB), split.getResidual());
    assertNull("what is left is empty", tracker.trySplit(0));
    assertFalse("nothing is left to claim", tracker.tryClaim(150L));
    tracker.checkDone();
  }

  @Test
  public void theTailOfARangeIsNotLeftAsASliver() {
    OffsetRange range = new OffsetRange(0, 2 * MIB - 10);
    assertFalse("not yet a part into the range", PartTracker.endsPart(range, MIB - 20));
    PartTracker tracker = new PartTracker(range, true);
    assertTrue(tracker.tryClaim(MIB + 5));
    assertNull("less than a part would be left", tracker.trySplit(0));
  }

  @Test
  public void aRangeReadWholeIsNeverSplit() {
    PartTracker tracker = new PartTracker(new OffsetRange(0, 10 * MIB), false);
    assertNull("not even before its first claim", tracker.trySplit(0));
    assertTrue(tracker.tryClaim(3 * MIB));
    assertNull(tracker.trySplit(0));
  }
}
