package com.movielytics.runners.portability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JVM started the way a user or a cluster would start it, with its output in a log file, and its peak resident
 * memory sampled from /proc while it runs.
 */
final class JavaProcess implements AutoCloseable {
  private final Process process;
  private final Path log;
  private final AtomicLong peakRssKb = new AtomicLong();

  private JavaProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
    Thread sampler = new Thread(this::samplePeakRss, "peak-rss-" + process.pid());
    sampler.setDaemon(true);
    sampler.start();
  }

  /** {@code java <jvmArgs...> <args...>} with {@code env} added to this JVM's environment. */
  static JavaProcess start(Path log, Map<String, String> env, List<String> jvmArgs, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new JavaProcess(builder.start(), log);
  }

  /** Waits for the process to end; returns its exit code, or fails with the end of its log if it hangs. */
  int await(long minutes) throws IOException, InterruptedException {
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      close();
      throw new AssertionError("still running after " + minutes + " min; end of its log:\n" + tail(60));
    }
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The most memory the process held resident (VmHWM), in MiB, as last sampled; 0 where /proc does not tell. */
  long peakRssMb() {
    return peakRssKb.get() / 1024;
  }

  private void samplePeakRss() {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) {
            peakRssKb.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
          }
        }
        Thread.sleep(100);
      } catch (IOException | InterruptedException | NumberFormatException e) {
        return; // the process is gone, or this system has no /proc
      }
    }
  }

  String output() throws IOException {
    return Files.readString(log);
  }

  /** The last lines of the log, for a failure message. */
  String tail(int lines) throws IOException {
    List<String> all = Files.readAllLines(log);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
