package com.movielytics.pipeline;

import com.movielytics.pipeline.InputFiles.InputFile;
import com.movielytics.transforms.warehouse.ManifestEntry;
import com.movielytics.transforms.warehouse.PlannedFile;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files a run reads, decided by content: a file is read unless a run has already loaded a byte-identical
 * file (under this URI or another), or this run reads one. Among identical files the first URI is read, so a
 * full load of a folder and a day-by-day load of the same files agree.
 */
public record LoadPlan(List<PlannedFile> files, List<String> ignored) {

  /** A file's SHA-256, as hex; only called for files the manifest does not already know unchanged. */
  @FunctionalInterface
  public interface Hasher {
    String sha256(InputFile file) throws IOException;
  }

  public static LoadPlan decide(
      InputFiles found, List<ManifestEntry> manifest, Hasher hasher, boolean fullRefresh) throws IOException {
    Map<String, ManifestEntry> byUri = new HashMap<>();
    Map<String, ManifestEntry> loadedByContent = new HashMap<>();
    for (ManifestEntry entry : manifest) {
      byUri.put(entry.uri(), entry);
      if (entry.loaded()) {
        loadedByContent.merge(entry.sha256(), entry, (a, b) -> a.uri().compareTo(b.uri()) <= 0 ? a : b);
      }
    }
    Map<String, String> readByContent = new HashMap<>();
    List<PlannedFile> planned = new ArrayList<>();
    for (InputFile file : found.files()) {
      ManifestEntry known = byUri.get(file.uri());
      boolean unchanged =
          known != null && known.sizeBytes() == file.sizeBytes() && file.lastModifiedMillis() != null
              && file.lastModifiedMillis().equals(known.lastModifiedMillis());
      String sha256 = unchanged ? known.sha256() : hasher.sha256(file);
      ManifestEntry loaded = fullRefresh ? null : loadedByContent.get(sha256);
      String readFirst = readByContent.get(sha256);

      if (readFirst != null) {
        planned.add(skip(file, sha256, "same content as " + readFirst + ", read by this run", "duplicate",
            readFirst));
      } else if (!fullRefresh && known != null && known.loaded() && known.sha256().equals(sha256)) {
        planned.add(skip(file, sha256, "loaded by run " + known.loadedByRun(), "loaded", null));
      } else if (loaded != null) {
        planned.add(skip(file, sha256,
            "same content as " + loaded.uri() + ", loaded by run " + loaded.loadedByRun(), "duplicate",
            loaded.uri()));
      } else {
        readByContent.put(sha256, file.uri());
        planned.add(read(file, sha256, fullRefresh ? "--fullRefresh" : whyNew(known, sha256)));
      }
    }
    return new LoadPlan(planned, found.ignored());
  }

  private static String whyNew(ManifestEntry known, String sha256) {
    if (known == null) {
      return "new file";
    }
    if (!known.sha256().equals(sha256)) {
      return known.loaded() ? "content changed since run " + known.loadedByRun() + " loaded it" : "content changed";
    }
    return "pending: seen before, not loaded yet";
  }

  private static PlannedFile read(InputFile file, String sha256, String reason) {
    return new PlannedFile(file.uri(), file.source().id(), file.sizeBytes(), file.lastModifiedMillis(), sha256,
        true, reason, "pending", null);
  }

  private static PlannedFile skip(
      InputFile file, String sha256, String reason, String manifestStatus, String duplicateOf) {
    return new PlannedFile(file.uri(), file.source().id(), file.sizeBytes(), file.lastModifiedMillis(), sha256,
        false, reason, manifestStatus, duplicateOf);
  }

  /** The URIs the run reads. */
  public Set<String> toRead() {
    return files.stream().filter(PlannedFile::read).map(PlannedFile::uri).collect(Collectors.toSet());
  }

  /** The bytes of the files the run reads, as stored (a gzipped file counts compressed). */
  public long bytesToRead() {
    return files.stream().filter(PlannedFile::read).mapToLong(PlannedFile::sizeBytes).sum();
  }

  /**
   * Prints each file with its decision and why, then the totals; files already loaded are counted, and listed
   * too when {@code everyFile} (a dry run), since a daily run's list would otherwise grow with the history.
   */
  public void print(PrintStream out, boolean everyFile) {
    long alreadyLoaded = 0;
    for (PlannedFile file : files) {
      boolean loaded = !file.read() && file.duplicateOf() == null;
      if (loaded) {
        alreadyLoaded++;
      }
      if (!loaded || everyFile) {
        out.printf("  %-4s %-17s %s (%s)%n", file.read() ? "read" : "skip", file.source(), file.uri(),
            file.reason());
      }
    }
    for (String uri : ignored) {
      out.printf("  %-4s %-17s %s (matches no --*Files pattern)%n", "skip", "-", uri);
    }
    long read = files.stream().filter(PlannedFile::read).count();
    out.printf("  %d file(s) to read, %d already loaded, %d duplicate(s), %d ignored%n", read, alreadyLoaded,
        files.size() - read - alreadyLoaded, ignored.size());
  }
}
