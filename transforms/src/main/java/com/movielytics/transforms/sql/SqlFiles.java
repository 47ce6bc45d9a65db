package com.movielytics.transforms.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The SQL files under the project's {@code sql/} folder, packaged as classpath resources. A folder whose files
 * run in order lists them in its {@code index.txt}. A file may say things about itself in comment lines of the
 * form {@code -- key: value}; {@code -- requires: ratings, links} names the sources a run must read for the file
 * to apply (a quality check, an upsert that only those sources can give work).
 */
public final class SqlFiles {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private SqlFiles() {}

  /** The text of {@code sql/<path>}, e.g. {@code read("upsert/ratings.sql")}. */
  public static String read(String path) {
    return CACHE.computeIfAbsent(path, SqlFiles::load);
  }

  /** The files of a folder in the order its index.txt gives, as paths for {@link #read}. */
  public static List<String> list(String folder) {
    return read(folder + "/index.txt")
        .lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty())
        .map(file -> folder + "/" + file)
        .toList();
  }

  /** The value of the file's {@code -- key: value} comment line, or null when it has none. */
  public static @Nullable String header(String sql, String key) {
    String prefix = "-- " + key + ":";
    return sql.lines()
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(prefix.length()).trim())
        .findFirst()
        .orElse(null);
  }

  /** The sources the file's {@code -- requires:} line names; empty when it has none. */
  public static Set<String> requiredSources(String sql) {
    String requires = header(sql, "requires");
    return requires == null
        ? Set.of()
        : Arrays.stream(requires.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a file requiring {@code requires} applies to a run that read {@code sourcesRead}. */
  public static boolean applies(Set<String> requires, Set<String> sourcesRead) {
    return requires.isEmpty() || requires.stream().anyMatch(sourcesRead::contains);
  }

  private static String load(String path) {
    String resource = "sql/" + path;
    ClassLoader loader = SqlFiles.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no SQL file " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
