package com.movielytics.transforms.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL files under the project's {@code sql/} folder, packaged as classpath resources. A folder whose files
 * run in order lists them in its {@code index.txt}.
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
