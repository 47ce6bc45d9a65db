package com.movielytics.pipeline;

import com.movielytics.schemas.FileToRead;
import com.movielytics.schemas.Source;
import com.movielytics.transforms.read.Retries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The files of one run: everything directly under the input prefix, sorted into sources by file name. Listing
 * happens once, before the graph is built, so the summary can say what was found and what was ignored, and the
 * load manifest can tell new files from known ones by size and modification time.
 */
public record InputFiles(String prefix, List<InputFile> files, List<String> ignored) {

  /** One file of a source, as listed: {@code lastModifiedMillis} is null where the file system does not say. */
  public record InputFile(String uri, Source source, long sizeBytes, @Nullable Long lastModifiedMillis) {}

  public static InputFiles discover(String prefix, MovielyticsOptions options) throws IOException {
    Map<Source, Pattern> patterns = new EnumMap<>(Source.class);
    patterns.put(Source.MOVIES_METADATA, Pattern.compile(options.getMoviesMetadataFiles()));
    patterns.put(Source.MOVIELENS_MOVIES, Pattern.compile(options.getMovielensMoviesFiles()));
    patterns.put(Source.LINKS, Pattern.compile(options.getLinksFiles()));
    patterns.put(Source.RATINGS, Pattern.compile(options.getRatingsFiles()));
    patterns.put(Source.TAGS, Pattern.compile(options.getTagsFiles()));
    patterns.put(Source.GENOME_TAGS, Pattern.compile(options.getGenomeTagsFiles()));
    patterns.put(Source.GENOME_SCORES, Pattern.compile(options.getGenomeScoresFiles()));
    patterns.put(Source.CPI, Pattern.compile(options.getCpiFiles()));

    String folder = prefix.endsWith("/") ? prefix : prefix + "/";
    // A listing cut off by the network is retried like any read, never taken for a shorter folder; a bucket the
    // run may not list is the user's to fix, so it is a usage error at once.
    List<MatchResult.Metadata> listed;
    try {
      listed = Retries.call("Listing " + folder, MovielyticsOptions.readSettings(options),
          () -> StoreRefusals.refusedOrThrow(() -> FileSystems.match(folder + "*", EmptyMatchTreatment.ALLOW)
              .metadata()));
    } catch (Retries.Refused e) {
      throw new UsageError("--inputPrefix=" + prefix + " cannot be listed: " + e.getMessage());
    }
    if (listed.isEmpty()) {
      boolean local = !prefix.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || prefix.startsWith("file://");
      throw new UsageError("--inputPrefix=" + prefix + (local && !Files.isDirectory(Path.of(prefix.replaceFirst(
          "^file://", ""))) ? " does not exist" : " holds no files") + ": expected a folder or s3://bucket/prefix/ "
          + "with files like movies_metadata.csv, movies.csv or ratings.csv");
    }
    List<InputFile> files = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (MatchResult.Metadata file : listed) {
      if (file.resourceId().isDirectory()) {
        continue;
      }
      String name = file.resourceId().getFilename();
      String uri = file.resourceId().toString();
      List<Source> sources =
          patterns.entrySet().stream()
              .filter(e -> e.getValue().matcher(name).matches())
              .map(Map.Entry::getKey)
              .toList();
      if (sources.size() > 1) {
        throw new IllegalArgumentException(
            uri + " matches the file patterns of several sources " + sources + "; narrow the --*Files options");
      }
      if (sources.isEmpty()) {
        ignored.add(uri);
      } else {
        files.add(
            new InputFile(
                uri, sources.get(0), file.sizeBytes(),
                file.lastModifiedMillis() > 0 ? file.lastModifiedMillis() : null));
      }
    }
    files.sort(Comparator.comparing(InputFile::uri));
    ignored.sort(null);
    InputFiles found = new InputFiles(prefix, files, ignored);
    if (Arrays.stream(Source.values()).filter(Source::isCore).allMatch(s -> found.of(s).isEmpty())) {
      throw new UsageError(
          "no movies and no ratings under " + prefix + ": expected files like movies_metadata.csv, movies.csv "
              + "or ratings.csv (found " + listed.size() + " files)");
    }
    return found;
  }

  /** The URIs of a source's files, in order. */
  public List<String> of(Source source) {
    return files.stream().filter(f -> f.source() == source).map(InputFile::uri).toList();
  }

  /** A source's files as the pipeline reads them: with their listed size, which reading must account for. */
  public List<FileToRead> toRead(Source source) {
    return files.stream()
        .filter(f -> f.source() == source)
        .map(f -> new FileToRead(f.uri(), f.sizeBytes()))
        .toList();
  }

  /** The same listing narrowed to the files a run reads. */
  public InputFiles only(Set<String> uris) {
    return new InputFiles(prefix, files.stream().filter(f -> uris.contains(f.uri())).toList(), ignored);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }
}
