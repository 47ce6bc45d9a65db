package com.movielytics.transforms.read;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.movielytics.transforms.parse.RecordShape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class CsvRecordReaderTest {
  /** Records of one line each, like MovieLens ratings. */
  private static final RecordShape LINES =
      values -> values.size() == 3 ? null : "expected 3 fields, found " + values.size();

  /** Records whose quoted fields may hold line breaks, like TMDB metadata; a record starts with a numeric id. */
  private static final RecordShape SPANNING =
      new RecordShape() {
        @Override
        public boolean recordsSpanLines() {
          return true;
        }

        @Override
        public @Nullable String checkShape(List<String> values) {
          return values.size() == 3 ? null : "expected 3 fields, found " + values.size();
        }

        @Override
        public boolean startsRecord(List<String> values) {
          return checkShape(values) == null && values.get(0).matches("\\d+");
        }
      };

  /** Each record as "line offset+length: fields" or "line offset+length: problem". */
  private static List<String> read(RecordShape shape, byte[] bytes, int maxRecordBytes, int chunk)
      throws IOException {
    CsvRecordReader reader = new CsvRecordReader(new Trickle(new ByteArrayInputStream(bytes), chunk), shape,
        maxRecordBytes);
    List<String> records = new ArrayList<>();
    while (reader.next()) {
      String where = reader.line() + " " + reader.offset() + "+" + reader.length() + ": ";
      records.add(where + (reader.problem() == null ? reader.fields() : reader.problem() + " | " + reader.raw()));
    }
    assertEquals("every byte consumed", bytes.length, reader.bytesConsumed());
    return records;
  }

  private static List<String> read(RecordShape shape, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<String> records = read(shape, bytes, 1 << 20, 1 << 16);
    // The same records whatever sizes the stream hands its bytes out in.
    assertEquals(records, read(shape, bytes, 1 << 20, 1));
    assertEquals(records, read(shape, bytes, 1 << 20, 7));
    return records;
  }

  @Test
  public void linesAreRecordsWithQuotedCommasEscapedQuotesAndCrLf() throws IOException {
    assertEquals(
        List.of(
            "1 0+7: [a, b, c]",
            "2 7+44: [1, American President, The (1995), \"x\"]",
            "3 51+5: [2, , ]",
            "5 58+5: [3, 4, 5]"),
        read(LINES, "a,b,c\r\n1,\"American President, The (1995)\",\"\"\"x\"\"\"\r\n2,,\r\n\r\n3,4,5"));
  }

  @Test
  public void aStrayQuoteCostsItsLineWhereverItIs() throws IOException {
    List<String> records = read(LINES, "\"1,2,3\n4,5,6\n7,\"8,9\n10,11,12\n13,14,\"15\n");
    assertEquals("1 0+7: the line has a quote that opens field 1 and is not closed before the line ends (at byte 1 "
        + "of the record) | \"1,2,3", records.get(0));
    assertEquals("2 7+6: [4, 5, 6]", records.get(1));
    assertTrue(records.get(2), records.get(2).startsWith("3 13+7: the line has a quote that opens field 2"));
    assertEquals("4 20+9: [10, 11, 12]", records.get(3));
    assertTrue(records.get(4), records.get(4).startsWith("5 29+10: the line has a quote that opens field 3"));
    assertEquals(5, records.size());
  }

  @Test
  public void textAfterAClosingQuoteCostsItsLine() throws IOException {
    assertEquals(
        List.of("1 0+11: the line has text after the closing quote of field 2 (at byte 7 of the record) | "
            + "1,\"ab\"c,3", "2 11+6: [4, 5, 6]"),
        read(LINES, "1,\"ab\"c,3\r\n4,5,6\n"));
  }

  @Test
  public void bytesThatAreNotUtf8OrNulCostTheirRecordOnly() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("1,Am".getBytes(StandardCharsets.UTF_8));
    file.write(0xe9); // é in Windows-1252
    file.writeBytes("lie,3\n4,caf\u00e9,6\n7,\0,9\n".getBytes(StandardCharsets.UTF_8));
    List<String> records = read(LINES, file.toByteArray(), 1 << 20, 3);
    assertEquals(
        List.of(
            "1 0+11: the line is not valid UTF-8: byte 0xE9 at byte 5 of the record (a Windows-1252 or Latin-1 "
                + "character?) | 1,Am\\xe9lie,3",
            "2 11+10: [4, caf\u00e9, 6]",
            "3 21+6: the line holds a NUL byte (at byte 3 of the record) | 7,\\x00,9"),
        records);
  }

  @Test
  public void aLineLongerThanTheBoundIsOneRecordAndIsNotHeld() throws IOException {
    StringBuilder text = new StringBuilder("1,2,3\n");
    text.append("4,").append("x".repeat(5000)).append(",6\n7,8,9\n");
    List<String> records = read(LINES, text.toString().getBytes(StandardCharsets.UTF_8), 100, 64);
    assertEquals("1 0+6: [1, 2, 3]", records.get(0));
    assertTrue(records.get(1), records.get(1).startsWith(
        "2 6+5005: the line is 5,005 bytes, longer than --maxRecordBytes (100 bytes) | 4,xxx"));
    assertTrue(records.get(1), records.get(1).endsWith("... (5,005 bytes in all)"));
    assertEquals("3 5011+6: [7, 8, 9]", records.get(2));
  }

  /** A gzip bomb's header: a stream of bytes without a newline, here one that never ends. */
  @Test(timeout = 30_000)
  public void aHeaderLongerThanTheBoundIsNotScannedToItsEnd() throws IOException {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 'a');
        return len;
      }
    };
    CsvRecordReader reader = new CsvRecordReader(endless, LINES, 1 << 20);
    assertTrue(reader.next());
    assertEquals("the first line is longer than --maxRecordBytes (1,048,576 bytes)", reader.problem());
  }

  @Test
  public void aUtf8ByteOrderMarkIsSkippedAndUtf16IsRefused() throws IOException {
    assertEquals(List.of("1 3+6: [a, b, c]"), read(LINES, "\uFEFFa,b,c\n"));

    byte[] utf16 = "a,b,c\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(withBom), LINES, 1 << 20);
    assertFalse(reader.next());
    assertEquals("the file starts with a UTF-16 byte order mark (\\xff\\xfe): it is not UTF-8; convert it to UTF-8",
        reader.refusal());
  }

  @Test
  public void quotedFieldsMayHoldLineBreaksWhereRecordsSpanLines() throws IOException {
    assertEquals(
        List.of("1 0+6: [a, b, c]", "2 6+27: [1, two\nlines, \"quoted\"]", "4 33+5: [2, x, y]"),
        read(SPANNING, "a,b,c\n1,\"two\nlines\",\"\"\"quoted\"\"\"\n2,x,y"));
  }

  @Test
  public void aStrayQuoteInASpanningRecordCostsThatRecordAndReadingResumesAtTheNextRecord() throws IOException {
    List<String> records =
        read(SPANNING,
            "a,b,c\n1,\"first\nsecond,x\n2,\"two\nlines\",y\n3,\"bro\"ken,z\n4,ok,w\n5,last,\"v\n");
    assertEquals("1 0+6: [a, b, c]", records.get(0));
    // The quote opened in record 1 closes at record 2's first quote and text follows it: reading resumes at the
    // next line that starts a whole record, record 2, and the two lines before it are quarantined as one.
    assertEquals("2 6+18: the record has text after the closing quote of field 2 (at byte 22 of the record); "
        + "reading resumed at byte 24 (line 4), the next line that starts a whole record, so this quarantined record "
        + "is bytes 6-23 | 1,\"first\nsecond,x", records.get(1));
    assertEquals("4 24+16: [2, two\nlines, y]", records.get(2));
    assertEquals("6 40+13: the record has text after the closing quote of field 2 (at byte 8 of the record) | "
        + "3,\"bro\"ken,z", records.get(3));
    assertEquals("7 53+7: [4, ok, w]", records.get(4));
    assertEquals("8 60+10: the record has a quote that opens field 3 and is not closed before the file ends (at "
        + "byte 8 of the record) | 5,last,\"v", records.get(5));
    assertEquals(6, records.size());
  }

  @Test
  public void aSpanningRecordWithTheWrongShapeIsQuarantinedWithThatReason() throws IOException {
    assertEquals(
        List.of("1 0+6: [a, b, c]", "2 6+6: [1, x, y]", "3 12+6: expected 3 fields, found 2 | 2,\"x\"",
            "4 18+9: [3, y\nz, w]"),
        read(SPANNING, "a,b,c\n1,x,y\n2,\"x\"\n3,\"y\nz\",w"));
  }

  @Test
  public void withoutARecordStartWithinTheBoundTheFileCannotBeRead() throws IOException {
    String text = "a,b,c\n1,x,y\n2,\"never closed\n" + "more text\n".repeat(100) + "3,x,y\n";
    CsvRecordReader reader =
        new CsvRecordReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SPANNING, 256);
    assertTrue(reader.next());
    assertTrue(reader.next());
    UnreadableRecordsException e = assertThrows(UnreadableRecordsException.class, reader::next);
    assertEquals("at byte 12 (line 3) the record is longer than --maxRecordBytes (256 bytes) without ending: a "
        + "quote that opens a field may never close, and no line within --maxRecordBytes (256 bytes) after it starts "
        + "a whole record where reading could resume; the rest of the file cannot be read as records", e.getMessage());
  }

  @Test
  public void emptyAndHeaderOnlyFilesHoldNoRecords() throws IOException {
    assertEquals(List.of(), read(LINES, ""));
    assertEquals(List.of("1 0+6: [a, b, c]"), read(LINES, "a,b,c\n\n\n"));
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(new byte[0]), LINES, 1 << 20);
    assertFalse(reader.next());
    assertNull(reader.refusal());
  }

  @Test
  public void escapedRawBytesShowWhatTheFileHolds() {
    byte[] bytes = {'a', '\\', 0, (byte) 0xc3, (byte) 0xa9, (byte) 0xff, '\n'};
    assertEquals("a\\\\\\x00\u00e9\\xff\n", RawBytes.escape(bytes, 0, bytes.length, 100));
    assertEquals(3, RawBytes.firstInvalidUtf8(new byte[] {'a', (byte) 0xc3, (byte) 0xa9, (byte) 0xc3}, 0, 4));
    assertEquals(0, RawBytes.firstInvalidUtf8(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, 0, 3)); // surrogate
    byte[] text = "\uD83C\uDFAC caf\u00e9".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, RawBytes.firstInvalidUtf8(text, 0, text.length));
  }

  /** Hands out at most {@code chunk} bytes per read, as a network stream may. */
  private static final class Trickle extends FilterInputStream {
    private final int chunk;

    Trickle(InputStream in, int chunk) {
      super(in);
      this.chunk = chunk;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
