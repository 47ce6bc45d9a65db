package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the packaged jar, the embedded warehouse and the bundled sample, as a user runs it. */
class QuickstartJarIT {
  @TempDir Path workDir;

  private String runJar() throws Exception {
    Path jar = Path.of(System.getProperty("movielytics.jar"));
    assertTrue(Files.exists(jar), "package the jar first: " + jar);
    Path log = workDir.resolve("run.log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--workDir=" + workDir.resolve("data"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run took over 5 minutes");
    String output = Files.readString(log);
    System.out.println(output);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  @Test
  void runsOnTheEmbeddedDefaultAndKeepsTheWarehouse() throws Exception {
    String first = runJar();
    assertTrue(first.contains("Generating the bundled sample"), first);
    assertTrue(first.contains(": SUCCEEDED on DirectRunner"), first);
    assertTrue(first.contains("psql -h 127.0.0.1 -p 54329"), first);

    // The data directory persists: a second run finds the sample and the previous run's warehouse, which has
    // loaded every file already.
    String second = runJar();
    assertTrue(second.contains(": SUCCEEDED on DirectRunner"), second);
    assertTrue(second.contains("0 file(s) to read, 10 already loaded"), second);
    assertTrue(!second.contains("Generating the bundled sample"), second);
  }
}
