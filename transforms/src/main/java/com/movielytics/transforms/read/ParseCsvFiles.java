package com.movielytics.transforms.read;

import com.movielytics.schemas.FileToRead;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkedToMovielens;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.Source;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.transforms.enrich.Crosswalk;
import com.movielytics.transforms.parse.CsvRecordParser;
import com.movielytics.transforms.parse.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads a source's CSV files (local or {@code s3://} URIs) and parses every record once: parsed records, rejected
 * records with their reason and place in the file, and what each file accounted for. Every file is read to its
 * end, and every physical record found in its bytes ({@link CsvRecordReader}) is either parsed or rejected, so
 * the records a file held are counted independently of what the parser made of them. A read error is retried
 * where the stream broke ({@link ResumingReadChannel}) and fails the run when retries are spent: it is never
 * taken for data.
 *
 * <p>MovieLens sources are linked to TMDB ids through the crosswalk in the same pass ({@link #linkedThrough}):
 * the side input is then waited for per file, not per record, which keeps runners from buffering every record
 * until the crosswalk is ready.
 */
public final class ParseCsvFiles<T> extends PTransform<PCollection<FileToRead>, PCollectionTuple> {
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};
  public static final TupleTag<SourceFileRead> FILES_READ = new TupleTag<>() {};

  private final Source source;
  private final CsvRecordParser<T> parser;
  private final Class<T> type;
  private final ReadSettings settings;
  private final @Nullable PCollectionView<Map<Integer, Iterable<Link>>> crosswalk;
  private final @Nullable Linker<T> linker;
  private final TupleTag<T> parsed = new TupleTag<>();

  /** Links one parsed record through the crosswalk, or rejects it. */
  @FunctionalInterface
  private interface Linker<T> extends Serializable {
    ParseResult<T> link(T record, Map<Integer, Iterable<Link>> crosswalk);
  }

  private ParseCsvFiles(
      Source source,
      CsvRecordParser<T> parser,
      Class<T> type,
      ReadSettings settings,
      @Nullable PCollectionView<Map<Integer, Iterable<Link>>> crosswalk,
      @Nullable Linker<T> linker) {
    this.source = source;
    this.parser = parser;
    this.type = type;
    this.settings = settings;
    this.crosswalk = crosswalk;
    this.linker = linker;
  }

  public static <T> ParseCsvFiles<T> of(
      Source source, CsvRecordParser<T> parser, Class<T> type, ReadSettings settings) {
    return new ParseCsvFiles<>(source, parser, type, settings, null, null);
  }

  /** Parses, then links each record's MovieLens movie id to its TMDB id through {@code crosswalk}. */
  public static <T extends LinkedToMovielens<T>> ParseCsvFiles<T> linkedThrough(
      Source source,
      CsvRecordParser<T> parser,
      Class<T> type,
      ReadSettings settings,
      PCollectionView<Map<Integer, Iterable<Link>>> crosswalk) {
    return new ParseCsvFiles<>(source, parser, type, settings, crosswalk, Crosswalk::link);
  }

  /** The tag of the parsed records in the output. */
  public TupleTag<T> parsed() {
    return parsed;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileToRead> files) {
    ParDo.MultiOutput<FileToRead, T> parse =
        ParDo.of(new ParseFileFn<>(source, parser, settings, crosswalk, linker, parsed))
            .withOutputTags(parsed, TupleTagList.of(REJECTED).and(FILES_READ));
    if (crosswalk != null) {
      parse = parse.withSideInputs(crosswalk);
    }
    PCollectionTuple out =
        files
            // One file per element: spread them over the workers, as FileIO's matching does.
            .apply("SpreadFiles", Reshuffle.viaRandomKey())
            .apply(crosswalk == null ? "ParseRecords" : "ParseAndLinkRecords", parse);
    try {
      out.get(parsed).setCoder(files.getPipeline().getCoderRegistry().getCoder(TypeDescriptor.of(type)));
    } catch (CannotProvideCoderException e) {
      throw new IllegalArgumentException("no coder for " + type.getName(), e);
    }
    return out;
  }

  private static final class ParseFileFn<T> extends DoFn<FileToRead, T> {
    private final Source source;
    private final CsvRecordParser<T> parser;
    private final ReadSettings settings;
    private final @Nullable PCollectionView<Map<Integer, Iterable<Link>>> crosswalk;
    private final @Nullable Linker<T> linker;
    private final TupleTag<T> parsed;
    private final Counter parsedRecords;
    private final Counter rejectedRecords;

    ParseFileFn(
        Source source,
        CsvRecordParser<T> parser,
        ReadSettings settings,
        @Nullable PCollectionView<Map<Integer, Iterable<Link>>> crosswalk,
        @Nullable Linker<T> linker,
        TupleTag<T> parsed) {
      this.source = source;
      this.parser = parser;
      this.settings = settings;
      this.crosswalk = crosswalk;
      this.linker = linker;
      this.parsed = parsed;
      this.parsedRecords = Metrics.counter(source.id(), "parsed");
      this.rejectedRecords = Metrics.counter(source.id(), "rejected");
    }

    @ProcessElement
    public void process(ProcessContext context) throws IOException {
      FileToRead file = context.element();
      String path = file.uri();
      Map<Integer, Iterable<Link>> links = crosswalk == null ? null : context.sideInput(crosswalk);
      try (ResumingReadChannel stored =
              new ResumingReadChannel(path, file.sizeBytes(), settings.readAttempts(),
                  settings.initialBackoffMillis());
          InputStream content = Channels.newInputStream(Compression.detect(path).readDecompressed(stored))) {
        CsvRecordReader reader = new CsvRecordReader(content, parser, settings.maxRecordBytes());
        String refusal = readRecords(context, path, reader, links);
        if (refusal == null) {
          drain(stored);
        }
        long records = Math.max(0, reader.records() - 1); // the header is not a data record
        context.output(
            FILES_READ,
            new SourceFileRead(source.id(), path, records, file.sizeBytes(), stored.position(), refusal));
      } catch (UnreadableRecordsException e) {
        throw new UnreadableRecordsException(path + ": " + e.getMessage());
      } catch (IOException e) {
        // Read errors name the file already; a decompressor's (a truncated or corrupt .gz) does not.
        if (e.getMessage() != null && e.getMessage().contains(path)) {
          throw e;
        }
        throw new IOException(path + " cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
      }
    }

    /** Emits every data record as parsed or rejected; returns why the file is refused as a whole, or null. */
    private @Nullable String readRecords(
        ProcessContext context, String path, CsvRecordReader reader, Map<Integer, Iterable<Link>> links)
        throws IOException {
      if (!reader.next()) {
        return reader.refusal(); // empty, or an encoding this reader does not read
      }
      if (reader.problem() != null) {
        return "its header: " + reader.problem() + "; it is not a UTF-8 CSV file (UTF-16 without a byte order "
            + "mark, or binary?)";
      }
      List<String> header = reader.fields();
      String headerProblem = parser.checkHeader(header);
      long notUtf8 = 0;
      while (reader.next()) {
        long record = reader.records() - 1;
        ParseResult<T> result;
        if (reader.problem() != null) {
          notUtf8 += reader.notUtf8() ? 1 : 0;
          result = ParseResult.rejected(reader.problem());
        } else if (headerProblem != null) {
          result = ParseResult.rejected(headerProblem);
        } else {
          result = parser.parse(header, reader.fields(), path, record);
          if (result.isOk() && linker != null) {
            result = linker.link(result.value(), links);
          }
        }
        if (result.isOk()) {
          context.output(result.value());
          parsedRecords.inc();
        } else {
          context.output(
              REJECTED,
              new Rejected(source.id(), path, record, reader.line(), reader.offset(), reader.length(),
                  reader.raw(), result.reason()));
          rejectedRecords.inc();
        }
      }
      long records = reader.records() - 1;
      if (notUtf8 * 2 > records) {
        return String.format(Locale.ROOT,
            "%,d of its %,d records are not valid UTF-8: the file is in another encoding (Windows-1252 or "
                + "Latin-1?); convert it to UTF-8", notUtf8, records);
      }
      return null;
    }

    /** Reads what the decompressor left of the stored bytes, so that all of them are counted. */
    private static void drain(ResumingReadChannel stored) throws IOException {
      ByteBuffer rest = ByteBuffer.allocate(1 << 16);
      while (stored.read(rest) >= 0) {
        rest.clear();
      }
    }
  }
}
