package com.movielytics.transforms.read;

import com.movielytics.transforms.parse.RecordShape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds the physical records of a CSV file in its bytes and splits them into fields (RFC 4180: a field may be
 * quoted, {@code ""} is a quote inside one), so that every byte of the file is accounted for: each record is
 * either its fields or a problem, with its line, byte offset and raw bytes, and a broken record costs that record,
 * never the rest of the file.
 *
 * <p>Record boundaries are found in bytes, before anything is decoded: in a source whose records never span
 * lines every line is one record, whatever its quotes, so a stray quote or a byte that is not UTF-8 spoils one
 * line. Where quoted fields may hold line breaks ({@link RecordShape#recordsSpanLines()}), a record that breaks
 * (a quote that is never closed, text after a closing quote, the wrong number of fields, more than {@code
 * maxRecordBytes}) is quarantined up to the next line that starts a plausible record ({@link
 * RecordShape#startsRecord}); when none starts within {@code maxRecordBytes}, the file cannot be read as records
 * and {@link #next()} throws. Memory stays bounded by {@code maxRecordBytes} whatever the input holds.
 *
 * <p>Lines end at LF; a CR before it is dropped. Blank lines are skipped and counted. A UTF-8 byte order mark is
 * skipped; a UTF-16 or UTF-32 one refuses the file ({@link #refusal()}).
 *
 * <p>A reader may cover a range of a file whose records never span lines: it starts at a line start and stops
 * before the first line that starts at or after {@code stopAt}, reading its last record to its end even where that
 * runs past it. Consecutive ranges so cover a file line for line.
 */
public final class CsvRecordReader {
  /** Raw records are shown in the quarantine up to this many characters. */
  static final int RAW_CHARS = 16_384;

  private static final int CHUNK = 1 << 16;
  private static final int NEED_MORE = -1;
  private static final int BROKEN = -2;

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int AFTER_QUOTE = 3;
  private static final int TO_LINE_END = 4;

  private final InputStream in;
  private final RecordShape shape;
  private final int maxRecordBytes;
  private final long stopAt;
  private final boolean fromFileStart; // the first record is the file's header
  private final int capacity;
  private final String unit; // what a problem is said of: "the line" or "the record"

  private byte[] buf = new byte[CHUNK];
  private long base; // offset in the file of buf[0]
  private int limit; // bytes held in buf
  private boolean eof;
  private long pos; // offset of the next record
  private long line = 1; // line of pos
  private long records;
  private long blankLines;
  private @Nullable String refusal;

  // The current record.
  private long start;
  private long startLine;
  private long length;
  private int contentLength;
  private @Nullable List<String> fields;
  private @Nullable String problem;
  private boolean notUtf8;
  private @Nullable String rawPreview; // for a line too long to keep

  // Fields of the last scan: byte ranges in buf, and whether a quoted field holds "" escapes.
  private int fieldCount;
  private int[] fieldFrom = new int[32];
  private int[] fieldTo = new int[32];
  private boolean[] fieldEscaped = new boolean[32];
  private @Nullable String scanProblem;
  private boolean scanHasNul;

  /** A reader of a whole file. */
  public CsvRecordReader(InputStream in, RecordShape shape, int maxRecordBytes) {
    this(in, shape, maxRecordBytes, 0, Long.MAX_VALUE);
  }

  /**
   * A reader of the lines of a file from {@code startOffset} (a line start; {@code in} begins there) that stops at
   * the first line start at or after {@code stopAt}.
   */
  public CsvRecordReader(InputStream in, RecordShape shape, int maxRecordBytes, long startOffset, long stopAt) {
    if (maxRecordBytes < 16) {
      throw new IllegalArgumentException("maxRecordBytes must be at least 16, is " + maxRecordBytes);
    }
    if (startOffset > 0 && shape.recordsSpanLines()) {
      throw new IllegalArgumentException("records that span lines cannot be read from the middle of a file");
    }
    this.in = in;
    this.shape = shape;
    this.maxRecordBytes = maxRecordBytes;
    this.base = startOffset;
    this.pos = startOffset;
    this.stopAt = stopAt;
    this.fromFileStart = startOffset == 0;
    this.unit = shape.recordsSpanLines() ? "the record" : "the line";
    // A broken record's window (maxRecordBytes) plus the candidate record that ends it (maxRecordBytes).
    this.capacity =
        (int) Math.min(Integer.MAX_VALUE - 16, (shape.recordsSpanLines() ? 2L : 1L) * maxRecordBytes + 2 * CHUNK);
  }

  /**
   * Moves to the next record (the first is the header); false at the end of the input, or when the file is
   * refused. Throws {@link UnreadableRecordsException} when a broken record has no end within maxRecordBytes.
   */
  public boolean next() throws IOException {
    if (records == 0 && !checkByteOrderMark()) {
      return false;
    }
    rawPreview = null;
    while (true) {
      if (pos >= stopAt) {
        return false;
      }
      int s = index(pos);
      if (s >= limit) {
        if (!fill(pos)) {
          return false;
        }
        continue;
      }
      int end = scan(s, shape.recordsSpanLines());
      if (end == NEED_MORE) {
        if (limit - s >= maxRecordBytes) {
          if (shape.recordsSpanLines()) {
            resync(pos, longerThanTheLimit(), -1);
          } else {
            skipLongLine();
          }
          records++;
          return true;
        }
        fill(pos);
        continue;
      }
      if (end == BROKEN) {
        resync(pos, scanProblem, -1);
        records++;
        return true;
      }
      int contentEnd = end > s && buf[end - 1] == '\r' ? end - 1 : end;
      long consumed = (end < limit ? end + 1 : end) - s;
      if (contentEnd == s) {
        blankLines++;
        line += end < limit ? 1 : 0;
        pos += consumed;
        continue;
      }
      if (shape.recordsSpanLines() && records > 0 && scanProblem == null) {
        String shapeProblem = shape.checkShape(decodeFields());
        if (shapeProblem != null) {
          resync(pos, shapeProblem, pos + consumed);
          records++;
          return true;
        }
      }
      setRecord(s, contentEnd, consumed);
      records++;
      return true;
    }
  }

  /** The line the current record starts on, from 1. */
  public long line() {
    return startLine;
  }

  /** Byte offset of the current record in the (decompressed) file, from 0. */
  public long offset() {
    return start;
  }

  /** Bytes of the current record, its line end included. */
  public long length() {
    return length;
  }

  /** The current record's fields, or null when it has a {@link #problem()}. */
  public @Nullable List<String> fields() {
    return fields;
  }

  /** What makes the current record unreadable, in words, or null. */
  public @Nullable String problem() {
    return problem;
  }

  /** Whether the current record's problem is bytes that are not UTF-8. */
  public boolean notUtf8() {
    return notUtf8;
  }

  /** The current record's bytes as {@link RawBytes#escape} shows them, line end excluded. */
  public String raw() {
    if (rawPreview != null) {
      return rawPreview;
    }
    int s = index(start);
    return RawBytes.escape(buf, s, s + contentLength, RAW_CHARS);
  }

  /** Records read so far, the header included. */
  public long records() {
    return records;
  }

  public long blankLines() {
    return blankLines;
  }

  /** Line breaks consumed so far. */
  public long lines() {
    return line - 1;
  }

  /** Bytes consumed: the whole (decompressed) file once {@link #next()} has returned false. */
  public long bytesConsumed() {
    return pos;
  }

  /** Why the file is not read at all (its encoding), or null. */
  public @Nullable String refusal() {
    return refusal;
  }

  private int index(long offset) {
    return (int) (offset - base);
  }

  /** Skips a UTF-8 byte order mark; refuses UTF-16 and UTF-32, which this reader would take for garbage. */
  private boolean checkByteOrderMark() throws IOException {
    if (pos != 0) {
      return true;
    }
    while (limit < 4 && fill(0)) {
      // a few bytes are enough to tell
    }
    if (startsWith(0xef, 0xbb, 0xbf)) {
      pos = 3;
    } else if (startsWith(0xfe, 0xff) || startsWith(0xff, 0xfe) || startsWith(0x00, 0x00, 0xfe, 0xff)) {
      boolean utf32 = startsWith(0x00, 0x00) || startsWith(0xff, 0xfe, 0x00, 0x00);
      refusal =
          String.format(Locale.ROOT,
              "the file starts with a %s byte order mark (%s): it is not UTF-8; convert it to UTF-8",
              utf32 ? "UTF-32" : "UTF-16", RawBytes.escape(buf, 0, utf32 ? 4 : 2, 32));
      return false;
    }
    return true;
  }

  private boolean startsWith(int... bytes) {
    if (limit < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((buf[i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads more input, keeping the bytes from offset {@code keep} on (what the current record still needs).
   * False at the end of the input.
   */
  private boolean fill(long keep) throws IOException {
    if (eof) {
      return false;
    }
    int keepIndex = index(keep);
    if (buf.length - limit < CHUNK / 2 && keepIndex > 0) {
      System.arraycopy(buf, keepIndex, buf, 0, limit - keepIndex);
      limit -= keepIndex;
      base += keepIndex;
    }
    if (limit == buf.length) {
      if (buf.length >= capacity) {
        throw new IllegalStateException("record buffer full at " + buf.length + " bytes"); // callers bound records
      }
      buf = Arrays.copyOf(buf, (int) Math.min(capacity, 2L * buf.length));
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /**
   * Scans one record from {@code buf[s]}: returns the index of the LF that ends it, {@code limit} when the input
   * ends it, {@link #NEED_MORE}, or {@link #BROKEN} where quotes make its end unknowable (records spanning lines
   * only). Leaves the fields' ranges and the first problem behind.
   */
  private int scan(int s, boolean spanLines) {
    fieldCount = 0;
    scanProblem = null;
    scanHasNul = false;
    int state = FIELD_START;
    int fieldStart = s;
    int quoteEnd = s;
    boolean escaped = false;
    int i = s;
    while (i < limit) {
      byte c = buf[i];
      if (c == 0 && !scanHasNul) {
        scanHasNul = true;
        problem(s, i, "holds a NUL byte");
      }
      switch (state) {
        case FIELD_START:
          if (c == '"') {
            state = QUOTED;
            fieldStart = i + 1;
            escaped = false;
            break;
          }
          fieldStart = i;
          state = UNQUOTED;
          // fall through: this byte is the field's first
        case UNQUOTED:
          if (c == ',') {
            addField(fieldStart, i, false);
            state = FIELD_START;
          } else if (c == '\n') {
            addField(fieldStart, withoutCr(fieldStart, i), false);
            return i;
          }
          break;
        case QUOTED:
          if (c == '"') {
            if (i + 1 == limit && !eof) {
              return NEED_MORE;
            }
            if (i + 1 < limit && buf[i + 1] == '"') {
              escaped = true;
              i++;
            } else {
              quoteEnd = i;
              state = AFTER_QUOTE;
            }
          } else if (c == '\n' && !spanLines) {
            problem(s, fieldStart - 1, "has a quote that opens field " + (fieldCount + 1)
                + " and is not closed before the line ends");
            return i;
          }
          break;
        case AFTER_QUOTE:
          if (c == ',') {
            addField(fieldStart, quoteEnd, escaped);
            state = FIELD_START;
          } else if (c == '\n') {
            addField(fieldStart, quoteEnd, escaped);
            return i;
          } else if (c != ' ' && c != '\t' && c != '\r') {
            String what = "has text after the closing quote of field " + (fieldCount + 1);
            if (spanLines) {
              scanProblem = at(s, i, what);
              return BROKEN;
            }
            problem(s, i, what);
            state = TO_LINE_END;
          }
          break;
        default: // TO_LINE_END
          if (c == '\n') {
            return i;
          }
      }
      i++;
    }
    if (!eof) {
      return NEED_MORE;
    }
    switch (state) {
      case FIELD_START -> addField(i, i, false);
      case UNQUOTED -> addField(fieldStart, withoutCr(fieldStart, i), false);
      case AFTER_QUOTE -> addField(fieldStart, quoteEnd, escaped);
      case QUOTED -> {
        String what = "has a quote that opens field " + (fieldCount + 1) + " and is not closed before the "
            + (spanLines ? "file" : "line") + " ends";
        if (spanLines) {
          scanProblem = at(s, fieldStart - 1, what);
          return BROKEN;
        }
        problem(s, fieldStart - 1, what);
      }
      default -> { }
    }
    return limit;
  }

  private void problem(int s, int i, String what) {
    if (scanProblem == null) {
      scanProblem = at(s, i, what);
    }
  }

  private String at(int s, int i, String what) {
    return String.format(Locale.ROOT, "%s %s (at byte %,d of the record)", unit, what, i - s + 1);
  }

  private int withoutCr(int from, int i) {
    return i > from && buf[i - 1] == '\r' ? i - 1 : i;
  }

  private void addField(int from, int to, boolean escaped) {
    if (fieldCount == fieldFrom.length) {
      fieldFrom = Arrays.copyOf(fieldFrom, fieldCount * 2);
      fieldTo = Arrays.copyOf(fieldTo, fieldCount * 2);
      fieldEscaped = Arrays.copyOf(fieldEscaped, fieldCount * 2);
    }
    fieldFrom[fieldCount] = from;
    fieldTo[fieldCount] = to;
    fieldEscaped[fieldCount] = escaped;
    fieldCount++;
  }

  /** The last scan's fields as text (bytes that are not UTF-8 become U+FFFD: validate first where it matters). */
  private List<String> decodeFields() {
    String[] values = new String[fieldCount];
    for (int f = 0; f < fieldCount; f++) {
      String value = new String(buf, fieldFrom[f], fieldTo[f] - fieldFrom[f], StandardCharsets.UTF_8);
      values[f] = fieldEscaped[f] ? value.replace("\"\"", "\"") : value;
    }
    return Arrays.asList(values);
  }

  /** Makes {@code buf[s, contentEnd)} the current record, checking its bytes, and moves past it. */
  private void setRecord(int s, int contentEnd, long consumed) {
    start = pos;
    startLine = line;
    length = consumed;
    contentLength = contentEnd - s;
    problem = scanProblem;
    notUtf8 = false;
    if (problem == null) {
      int bad = RawBytes.firstInvalidUtf8(buf, s, contentEnd);
      if (bad >= 0) {
        notUtf8 = true;
        problem = String.format(Locale.ROOT,
            "%s is not valid UTF-8: byte 0x%02X at byte %,d of the record (a Windows-1252 or Latin-1 character?)",
            unit, buf[bad] & 0xff, bad - s + 1);
      }
    }
    fields = problem == null ? decodeFields() : null;
    line += newlines(s, s + (int) consumed);
    pos += consumed;
  }

  private long newlines(int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  private String longerThanTheLimit() {
    return String.format(Locale.ROOT,
        "%s is longer than --maxRecordBytes (%,d bytes) without ending: a quote that opens a field may never close",
        unit, maxRecordBytes);
  }

  /**
   * A line too long to keep: quarantined with its first bytes, skipped to its end without holding it. A header
   * that long is not scanned to its end: the file is refused anyway, and a gzip bomb inflates to gigabytes
   * without a newline.
   */
  private void skipLongLine() throws IOException {
    start = pos;
    startLine = line;
    int s = index(pos);
    String head = RawBytes.escape(buf, s, s + Math.min(limit - s, RAW_CHARS), RAW_CHARS);
    if (records == 0 && fromFileStart) {
      length = limit - s;
      rawPreview = head + "...";
      problem = String.format(Locale.ROOT, "the first line is longer than --maxRecordBytes (%,d bytes)",
          maxRecordBytes);
      fields = null;
      notUtf8 = false;
      pos = base + limit;
      return;
    }
    long scanned = pos;
    long end;
    while (true) {
      int i = index(scanned);
      while (i < limit && buf[i] != '\n') {
        i++;
      }
      if (i < limit) {
        end = base + i + 1;
        line++;
        break;
      }
      scanned = base + limit;
      if (!fill(scanned)) {
        end = scanned;
        break;
      }
    }
    length = end - start;
    rawPreview = head + String.format(Locale.ROOT, "... (%,d bytes in all)", length);
    problem = String.format(Locale.ROOT, "the line is %,d bytes, longer than --maxRecordBytes (%,d bytes)",
        length, maxRecordBytes);
    fields = null;
    notUtf8 = false;
    pos = end;
  }

  /**
   * Quarantines a broken record that starts at {@code from} up to the next line that starts a plausible record
   * within maxRecordBytes, or up to the end of the input when that comes first. {@code scannedEnd} is where the
   * record itself ended, when the scan found an end (-1 otherwise).
   */
  private void resync(long from, String why, long scannedEnd) throws IOException {
    long windowEnd = from + maxRecordBytes;
    long candidate = from;
    while (true) {
      candidate = nextLineStart(candidate, from, windowEnd);
      if (candidate < 0) {
        if (eof && base + limit - from <= maxRecordBytes) {
          quarantineSpan(from, base + limit, why, scannedEnd);
          return;
        }
        throw new UnreadableRecordsException(String.format(Locale.ROOT,
            "at byte %,d (line %,d) %s, and no line within --maxRecordBytes (%,d bytes) after it starts a whole "
                + "record where reading could resume; the rest of the file cannot be read as records",
            from, line, why, maxRecordBytes));
      }
      if (eof && candidate == base + limit) {
        quarantineSpan(from, candidate, why, scannedEnd);
        return;
      }
      if (startsRecordAt(candidate, from)) {
        quarantineSpan(from, candidate, why, scannedEnd);
        return;
      }
    }
  }

  /** The offset after the next LF at or after {@code after + 1}, up to {@code windowEnd}; -1 if none. */
  private long nextLineStart(long after, long keep, long windowEnd) throws IOException {
    long scanned = after;
    while (true) {
      int i = index(scanned);
      int stop = (int) Math.min(limit, windowEnd - base);
      while (i < stop && buf[i] != '\n') {
        i++;
      }
      if (i < stop) {
        return base + i + 1;
      }
      scanned = base + i;
      if (scanned >= windowEnd || !fill(keep)) {
        return -1;
      }
    }
  }

  /** Whether a plausible whole record starts at {@code candidate}, reading ahead while keeping {@code keep}. */
  private boolean startsRecordAt(long candidate, long keep) throws IOException {
    while (true) {
      int c = index(candidate);
      int end = scan(c, true);
      if (end == NEED_MORE) {
        if (limit - c >= maxRecordBytes) {
          return false;
        }
        fill(keep);
        continue;
      }
      int contentEnd = end > c && buf[end - 1] == '\r' ? end - 1 : end;
      return end >= 0 && contentEnd > c && scanProblem == null && shape.startsRecord(decodeFields());
    }
  }

  private void quarantineSpan(long from, long to, String why, long scannedEnd) {
    int s = index(from);
    int e = index(to);
    int contentEnd = e;
    if (contentEnd > s && buf[contentEnd - 1] == '\n') {
      contentEnd--;
    }
    if (contentEnd > s && buf[contentEnd - 1] == '\r') {
      contentEnd--;
    }
    start = from;
    startLine = line;
    length = to - from;
    contentLength = contentEnd - s;
    long spanLines = newlines(s, e);
    // A span of one line, or exactly the record that broke, needs no word on where reading resumed.
    problem =
        to == scannedEnd || spanLines <= 1
            ? why
            : String.format(Locale.ROOT,
                "%s; reading resumed at byte %,d (line %,d), the next line that starts a whole record, so this "
                    + "quarantined record is bytes %,d-%,d",
                why, to, line + spanLines, from, to - 1);
    fields = null;
    notUtf8 = false;
    line += spanLines;
    pos = to;
  }
}
