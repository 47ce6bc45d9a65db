package com.movielytics.pipeline;

import com.movielytics.schemas.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The files of one run: everything directly under the input prefix, sorted into sources by file name. Listing
 * happens once, before the graph is built, so the summary can say what was found and what was ignored.
 */
public record InputFiles(String prefix, Map<Source, List<String>> bySource, List<String> ignored) {

  public static InputFiles discover(String prefix, MovielyticsOptions options) throws IOException {
    Map<Source, Pattern> patterns = new EnumMap<>(Source.class);
    patterns.put(Source.MOVIES_METADATA, Pattern.compile(options.getMoviesMetadataFiles()));
    patterns.put(Source.MOVIELENS_MOVIES, Pattern.compile(options.getMovielensMoviesFiles()));
    patterns.put(Source.LINKS, Pattern.compile(options.getLinksFiles()));
    patterns.put(Source.RATINGS, Pattern.compile(options.getRatingsFiles()));
    patterns.put(Source.TAGS, Pattern.compile(options.getTagsFiles()));
    patterns.put(Source.CPI, Pattern.compile(options.getCpiFiles()));

    String folder = prefix.endsWith("/") ? prefix : prefix + "/";
    MatchResult match = FileSystems.match(folder + "*", EmptyMatchTreatment.ALLOW);
    Map<Source, List<String>> bySource = new EnumMap<>(Source.class);
    for (Source source : Source.values()) {
      bySource.put(source, new ArrayList<>());
    }
    List<String> ignored = new ArrayList<>();
    for (MatchResult.Metadata file : match.metadata()) {
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
        bySource.get(sources.get(0)).add(uri);
      }
    }
    bySource.values().forEach(uris -> uris.sort(null));
    ignored.sort(null);
    InputFiles files = new InputFiles(prefix, bySource, ignored);
    if (Arrays.stream(Source.values()).filter(Source::isCore).allMatch(s -> files.of(s).isEmpty())) {
      throw new IllegalArgumentException(
          "no movies and no ratings under " + prefix + ": expected files like movies_metadata.csv, movies.csv "
              + "or ratings.csv (found " + match.metadata().size() + " files)");
    }
    return files;
  }

  public List<String> of(Source source) {
    return bySource.get(source);
  }
}
