package com.movielytics.transforms.stage;

import static org.junit.Assert.assertEquals;

import org.joda.time.Duration;
import org.junit.Test;

public class StagingBacklogTest {
  @Test
  public void withoutABoundReadersNeverWait() {
    StagingBacklog none = StagingBacklog.none();
    none.parsed(1_000_000);

    assertEquals(Duration.ZERO, none.waitBeforeReading());
  }

  @Test
  public void readersWaitWhileMoreRecordsThanTheBoundAwaitTheirWrite() {
    StagingBacklog backlog = new StagingBacklog("readersWait", 2_000);
    backlog.parsed(2_000);
    assertEquals("at the bound", Duration.ZERO, backlog.waitBeforeReading());

    backlog.parsed(1_000);
    assertEquals(StagingBacklog.WAIT, backlog.waitBeforeReading());

    backlog.staged(1_000);
    assertEquals("a write took a batch", Duration.ZERO, backlog.waitBeforeReading());
  }

  @Test
  public void eachRunIsCountedApart() {
    new StagingBacklog("oneRun", 10).parsed(1_000);

    assertEquals(Duration.ZERO, new StagingBacklog("anotherRun", 10).waitBeforeReading());
    assertEquals(StagingBacklog.WAIT, new StagingBacklog("oneRun", 10).waitBeforeReading());
  }
}
