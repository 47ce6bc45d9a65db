package com.movielytics.pipeline.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Two copies of an input folder, one with bad records planted in every file and one without: at the first
 * records, in the middle and at the last records, a stray quote (a quote opens the second field and never closes
 * where it should) and a byte that is not UTF-8 (0xE9, é in Windows-1252), each a corrupted copy of a good record.
 * Some files are gzipped in both. Loading the defective copy must give the final tables of the clean one, with
 * exactly the planted records quarantined on top.
 */
public final class DefectiveCopies {
  /** Files written gzipped (as {@code <name>.gz}) in both copies. */
  private static final Set<String> GZIPPED = Set.of("ratings.csv", "tags.csv", "movies_metadata.csv");

  /** A planted record: the file's name in the copy, the line it starts on, and "quote" or "byte". */
  public record Planted(String file, long line, String kind) {}

  /** The two copies, and what was planted in the defective one. */
  public record Copies(Path clean, Path defective, List<Planted> planted) {}

  private DefectiveCopies() {}

  public static Copies write(Path from, Path into) throws IOException {
    Path clean = Files.createDirectories(into.resolve("clean"));
    Path defective = Files.createDirectories(into.resolve("defective"));
    List<Planted> planted = new ArrayList<>();
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        String target = GZIPPED.contains(name) ? name + ".gz" : name;
        write(clean.resolve(target), bytes, GZIPPED.contains(name));
        byte[] spoiled = bytes.length == 0 ? bytes : plant(bytes, target, name.startsWith("movies_metadata"), planted);
        write(defective.resolve(target), spoiled, GZIPPED.contains(name));
      }
    }
    return new Copies(clean, defective, planted);
  }

  /**
   * The file with a stray-quote record and a not-UTF-8 record before its first record, before its middle record
   * and after its last record, each a corrupted copy of a good one-line record: the first line without quotes
   * (the files hold bad records of their own), or where records span lines (movies_metadata: they start with True
   * or False) the first record.
   */
  private static byte[] plant(byte[] bytes, String name, boolean spanningRecords, List<Planted> planted) {
    List<byte[]> lines = lines(bytes);
    String ending = endsWithCrLf(lines.get(0)) ? "\r\n" : "\n";
    List<Integer> starts = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String text = new String(lines.get(i), StandardCharsets.ISO_8859_1);
      boolean start = spanningRecords ? text.startsWith("True,") || text.startsWith("False,") : !text.isBlank();
      if (start) {
        starts.add(i);
      }
    }
    int first = starts.get(0);
    int middle = starts.get(starts.size() / 2);
    byte[] template = strip(lines.get(spanningRecords ? first : firstWithoutQuotes(lines, starts)));
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i == first || i == middle) {
        plantTwo(out, template, ending, name, i == first ? "quote" : "byte", planted);
      }
      out.add(lines.get(i));
    }
    byte[] lastLine = out.get(out.size() - 1);
    if (lastLine[lastLine.length - 1] != '\n') {
      out.set(out.size() - 1, concat(lastLine, ending.getBytes(StandardCharsets.US_ASCII)));
    }
    plantTwo(out, template, ending, name, "byte", planted);
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    out.forEach(result::writeBytes);
    return result.toByteArray();
  }

  private static int firstWithoutQuotes(List<byte[]> lines, List<Integer> starts) {
    for (int i : starts) {
      String text = new String(lines.get(i), StandardCharsets.UTF_8);
      if (text.indexOf('"') < 0 && text.indexOf('\uFFFD') < 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no record without quotes to copy");
  }

  /** Appends two bad copies of {@code template}, {@code firstKind} first, and notes where they are. */
  private static void plantTwo(
      List<byte[]> out, byte[] template, String ending, String name, String firstKind, List<Planted> planted) {
    for (String kind : firstKind.equals("quote") ? List.of("quote", "byte") : List.of("byte", "quote")) {
      int comma = indexOf(template, (byte) ',') + 1;
      byte[] bad = new byte[template.length + 1];
      System.arraycopy(template, 0, bad, 0, comma);
      bad[comma] = kind.equals("quote") ? (byte) '"' : (byte) 0xe9;
      System.arraycopy(template, comma, bad, comma + 1, template.length - comma);
      out.add(concat(bad, ending.getBytes(StandardCharsets.US_ASCII)));
      planted.add(new Planted(name, out.size(), kind)); // one line per element: its size is the line number
    }
  }

  /** The file's lines, each with its line end (the last may have none). */
  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return lines;
  }

  private static byte[] strip(byte[] line) {
    int end = line.length;
    while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
      end--;
    }
    return Arrays.copyOf(line, end);
  }

  private static boolean endsWithCrLf(byte[] line) {
    return line.length >= 2 && line[line.length - 2] == '\r' && line[line.length - 1] == '\n';
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalArgumentException("no comma in " + new String(bytes, StandardCharsets.ISO_8859_1));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static void write(Path file, byte[] bytes, boolean gzip) throws IOException {
    try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
      out.write(bytes);
    }
  }
}
