package com.movielytics.runners.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.movielytics.pipeline.testing.ListeningSockets;
import com.movielytics.pipeline.testing.ListeningSockets.Listener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a run starts listens beyond loopback: the quickstart (the embedded warehouse and the bundled sample) on
 * each runner's jar, and {@code serve}. The machine's listening sockets are sampled while each runs; one that
 * appears on a wildcard or another interface's address fails the test, with the process that holds it.
 */
class LoopbackOnlyIT {
  @TempDir Path workDir;

  @Test
  void everyRunnerAndServeListenOnLoopbackOnly() throws Exception {
    assumeTrue(ListeningSockets.available(), "needs Linux's /proc/net/tcp");
    List<String> beyondLoopback = new ArrayList<>();
    for (Runners.Runner runner : Runners.local()) {
      Set<Listener> before = ListeningSockets.now();
      Set<Listener> opened = new HashSet<>();
      Path folder = workDir.resolve(runner.name());
      List<String> args = new ArrayList<>(runner.launch());
      args.add("--workDir=" + folder);
      try (JavaProcess run = JavaProcess.start(folder.resolveSibling(runner.name() + ".log"), Map.of(), List.of(),
          args.toArray(String[]::new))) {
        while (run.isAlive()) {
          sample(before, opened, runner.name(), beyondLoopback);
          Thread.sleep(100);
        }
        assertEquals(0, run.await(1), runner.name() + " failed; end of its log:\n" + run.tail(40));
      }
      assertTrue(!opened.isEmpty(), runner.name() + "'s embedded PostgreSQL was seen listening");
    }

    Set<Listener> before = ListeningSockets.now();
    Set<Listener> opened = new HashSet<>();
    try (JavaProcess serve = JavaProcess.start(workDir.resolve("serve.log"), Map.of(), List.of(),
        "-jar", System.getProperty("jar.direct"), "serve", "--port=54339", "--workDir=" + workDir.resolve("direct"))) {
      for (int i = 0; i < 300 && !serve.output().contains("Ctrl-C stops it"); i++) {
        Thread.sleep(100);
      }
      assertTrue(serve.output().contains("Ctrl-C stops it"), serve.tail(20));
      sample(before, opened, "serve", beyondLoopback);
    }
    assertTrue(opened.stream().anyMatch(l -> l.port() == 54339), "serve listens on --port=54339: " + opened);

    assertEquals(List.of(), beyondLoopback);
  }

  /** Notes the listeners that were not there {@code before}, and those of them beyond loopback. */
  private static void sample(Set<Listener> before, Set<Listener> opened, String who, List<String> beyondLoopback)
      throws Exception {
    for (Listener listener : ListeningSockets.now()) {
      if (!before.contains(listener) && opened.add(listener) && !listener.loopbackOnly()) {
        beyondLoopback.add(who + ": " + listener + " held by " + ListeningSockets.owner(listener));
      }
    }
  }
}
