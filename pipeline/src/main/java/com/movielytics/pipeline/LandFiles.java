package com.movielytics.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Lands a local folder's files under the input prefix as {@code <yyyyMMddHHmmss>_<name>}: keys sort in landing
 * order, which is the order runs load them, and a re-upload never replaces what a run may already have read.
 */
final class LandFiles {
  static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  /** Ends the name of a file being landed; no source's --*Files pattern matches it. */
  static final String PARTIAL_SUFFIX = ".landing";

  record Landed(Path from, String uri, long sizeBytes, String sha256) {}

  private LandFiles() {}

  /** Uploads every file directly in {@code folder}; refuses before uploading anything if a key exists. */
  static List<Landed> land(Path folder, String prefix, Instant at) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new UsageError("--from=" + folder + " is not a folder");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
    if (files.isEmpty()) {
      throw new UsageError("--from=" + folder + " has no files to land");
    }
    String base = prefix.endsWith("/") ? prefix : prefix + "/";
    List<String> targets = new ArrayList<>();
    for (Path file : files) {
      String target = base + KEY_TIME.format(at) + "_" + file.getFileName();
      if (!FileSystems.match(target, EmptyMatchTreatment.ALLOW).metadata().isEmpty()) {
        throw new IllegalArgumentException("refusing to overwrite " + target + ": nothing was uploaded");
      }
      targets.add(target);
    }
    List<Landed> landed = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      landed.add(new Landed(file, targets.get(i), Files.size(file), upload(file, targets.get(i))));
    }
    return landed;
  }

  /**
   * Copies {@code file} to {@code target} through a temporary name that no file pattern matches, renamed once
   * whole: a crash or a failed upload never leaves part of a file under a name a run reads. Returns its SHA-256.
   */
  private static String upload(Path file, String target) throws IOException {
    ResourceId partial = FileSystems.matchNewResource(target + PARTIAL_SUFFIX, false);
    String sha256;
    try {
      try (InputStream in = Files.newInputStream(file);
          OutputStream out = Channels.newOutputStream(FileSystems.create(partial, "text/csv"))) {
        sha256 = ContentHash.copy(in, out);
      }
      FileSystems.rename(List.of(partial), List.of(FileSystems.matchNewResource(target, false)));
    } catch (IOException | RuntimeException e) {
      try {
        FileSystems.delete(List.of(partial), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    return sha256;
  }
}
