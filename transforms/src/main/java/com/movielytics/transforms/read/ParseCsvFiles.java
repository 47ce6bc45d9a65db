package com.movielytics.transforms.read;

import com.movielytics.schemas.FileRange;
import com.movielytics.schemas.FileToRead;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkedToMovielens;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.Source;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.transforms.enrich.Crosswalk;
import com.movielytics.transforms.parse.CsvRecordParser;
import com.movielytics.transforms.parse.ParseResult;
import com.movielytics.transforms.stage.StagingBacklog;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Duration;

/**
 * Reads a source's CSV files (local or {@code s3://} URIs) and parses every record once: parsed records in batches
 * of up to {@link #BATCH_RECORDS}, rejected records with their reason and place in the file, and what each range
 * of a file accounted for. Every file is read to its end, and every physical record found in its bytes ({@link
 * CsvRecordReader}) is either parsed or rejected, so the records a file held are counted independently of what the
 * parser made of them. A read error is retried where the stream broke ({@link ResumingReadChannel}) and fails the
 * run when retries are spent: it is never taken for data.
 *
 * <p>A file whose records are lines and that is not compressed is read in ranges of {@link ReadSettings#splitBytes()},
 * side by side by the runner's workers: a range holds the records that start in it, from the first line start at or
 * after its start, and is read in parts of about 1 MiB ({@link PartTracker}), each read only while the run's records
 * waiting for staging are within their bound ({@link #stagedWithin}), which keeps a runner without backpressure from
 * queueing what the readers parse ahead of the writers. Each part reports what it covered ({@link SourceFileRead},
 * keyed by where it starts), and a record's number is that start above its ordinal in the part ({@link #recordNumber}):
 * unique and in file order, and exactly the ordinal in a file read whole. A compressed file, one whose records span
 * lines, and the links (whose record numbers the crosswalk quotes) are read whole.
 *
 * <p>MovieLens sources are linked to TMDB ids through the crosswalk in the same pass ({@link #linkedThrough}),
 * and genome scores are checked against the genome tags ({@link #checkedAgainst}): a side input is then waited
 * for per range, not per record, which keeps runners from buffering every record until it is ready.
 */
public final class ParseCsvFiles<T> extends PTransform<PCollection<FileToRead>, PCollectionTuple> {
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};
  public static final TupleTag<SourceFileRead> FILES_READ = new TupleTag<>() {};

  /** Parsed records per output element: few enough to keep an element small, enough to make elements few. */
  public static final int BATCH_RECORDS = 1_000;

  /**
   * Bits of a record number that hold its ordinal within its range; the range's start offset is above them. A
   * record takes at least one byte, so a range of at most 2^26 bytes (64 MiB) cannot overflow them; a file read
   * whole starts at 0 and its ordinals may run past them.
   */
  public static final int ORDINAL_BITS = 26;

  /** The longest range a file is cut into: the last range takes up to twice the step, within the ordinal bits. */
  static final long MAX_STEP_BYTES = 1L << (ORDINAL_BITS - 1);

  /** The biggest file read in ranges: its offsets above the ordinal bits must fit a record number. */
  static final long MAX_SPLIT_FILE_BYTES = 1L << (Long.SIZE - 1 - ORDINAL_BITS);

  private final Source source;
  private final CsvRecordParser<T> parser;
  private final Class<T> type;
  private final ReadSettings settings;
  private final List<Lookup<T, ?>> lookups;
  private final StagingBacklog backlog;
  private final TupleTag<List<T>> parsed = new TupleTag<>();

  /** Completes or checks parsed records against a side input, or rejects them. */
  @FunctionalInterface
  public interface Check<T, V> extends Serializable {
    /**
     * The check of one record at a time against the side input's value, made once for every record: it may index
     * the value first (a runner's map view costs more per lookup than a plain map).
     */
    Function<T, ParseResult<T>> against(V sideInput);
  }

  /** A side input that every parsed record goes through, with what the record makes of it. */
  private record Lookup<T, V>(PCollectionView<V> view, Check<T, V> check) implements Serializable {
    /** The check with the side input fetched once, for every record. */
    Function<T, ParseResult<T>> fetch(DoFn<FileRange, List<T>>.ProcessContext context) {
      return check.against(context.sideInput(view));
    }
  }

  private ParseCsvFiles(
      Source source,
      CsvRecordParser<T> parser,
      Class<T> type,
      ReadSettings settings,
      List<Lookup<T, ?>> lookups,
      StagingBacklog backlog) {
    this.source = source;
    this.parser = parser;
    this.type = type;
    this.settings = settings;
    this.lookups = lookups;
    this.backlog = backlog;
  }

  public static <T> ParseCsvFiles<T> of(
      Source source, CsvRecordParser<T> parser, Class<T> type, ReadSettings settings) {
    return new ParseCsvFiles<>(source, parser, type, settings, List.of(), StagingBacklog.none());
  }

  /** Parses, then links each record's MovieLens movie id to its TMDB id through {@code crosswalk}. */
  public static <T extends LinkedToMovielens<T>> ParseCsvFiles<T> linkedThrough(
      Source source,
      CsvRecordParser<T> parser,
      Class<T> type,
      ReadSettings settings,
      PCollectionView<Map<Integer, Iterable<Link>>> crosswalk) {
    return of(source, parser, type, settings).checkedAgainst(crosswalk, Crosswalk::against);
  }

  /** The same reading, with every parsed record also put through {@code check} against {@code view}. */
  public <V> ParseCsvFiles<T> checkedAgainst(PCollectionView<V> view, Check<T, V> check) {
    if (!(view.getWindowingStrategyInternal().getWindowFn() instanceof GlobalWindows)) {
      throw new IllegalArgumentException("a side input to check records against must be in the global window: "
          + "its value is fetched once per worker and serves every record");
    }
    List<Lookup<T, ?>> more = new ArrayList<>(lookups);
    more.add(new Lookup<>(view, check));
    return new ParseCsvFiles<>(source, parser, type, settings, List.copyOf(more), backlog);
  }

  /**
   * The same reading, with the parsed records counted in {@code backlog} as they are emitted, and each part of a
   * range read only while the backlog is under its bound.
   */
  public ParseCsvFiles<T> stagedWithin(StagingBacklog backlog) {
    return new ParseCsvFiles<>(source, parser, type, settings, lookups, backlog);
  }

  /** The tag of the parsed records, in batches, in the output. */
  public TupleTag<List<T>> parsed() {
    return parsed;
  }

  /**
   * The number of the {@code ordinal}-th record of the range of a file that starts at byte {@code rangeStart}:
   * unique within the file and in file order, and the ordinal itself in a file read whole.
   * sql/run/publish_quarantine.sql turns it back into the file's record number.
   */
  static long recordNumber(long rangeStart, long ordinal) {
    return (rangeStart << ORDINAL_BITS) + ordinal;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileToRead> files) {
    // Links are read whole: the crosswalk quotes a link's record number to the records it cannot link.
    boolean recordsAreLines = source != Source.LINKS && !parser.recordsSpanLines();
    long splitBytes = recordsAreLines ? settings.splitBytes() : Long.MAX_VALUE;
    ParDo.MultiOutput<FileRange, List<T>> parse =
        ParDo.of(new ParseRangeFn<>(source, parser, settings, lookups, backlog, parsed, recordsAreLines))
            .withOutputTags(parsed, TupleTagList.of(REJECTED).and(FILES_READ))
            .withSideInputs(lookups.stream().map(Lookup::view).toList());
    PCollectionTuple out =
        files
            .apply("SplitFiles", ParDo.of(new SplitFileFn(splitBytes)))
            .setCoder(SerializableCoder.of(FileRange.class))
            // One range per element: spread them over the workers.
            .apply("SpreadRanges", Reshuffle.viaRandomKey())
            .apply(lookups.isEmpty() ? "ParseRecords" : "ParseAndLinkRecords", parse);
    try {
      out.get(parsed)
          .setCoder(ListCoder.of(files.getPipeline().getCoderRegistry().getCoder(TypeDescriptor.of(type))));
    } catch (CannotProvideCoderException e) {
      throw new IllegalArgumentException("no coder for " + type.getName(), e);
    }
    return out;
  }

  /**
   * Whether a file of records that are lines can be read from the middle: not compressed, and small enough for its
   * offsets to fit a record number.
   */
  private static boolean readableInParts(String uri, long sizeBytes) {
    return Compression.detect(uri) == Compression.UNCOMPRESSED && sizeBytes < MAX_SPLIT_FILE_BYTES;
  }

  /**
   * Cuts a file into ranges of {@code splitBytes} (at most {@link #MAX_STEP_BYTES}), or keeps it whole where it is
   * compressed or too big for its offsets to fit a record number.
   */
  private static final class SplitFileFn extends DoFn<FileToRead, FileRange> {
    private final long splitBytes;

    SplitFileFn(long splitBytes) {
      this.splitBytes = splitBytes;
    }

    @ProcessElement
    public void process(@Element FileToRead file, OutputReceiver<FileRange> out) {
      long step =
          readableInParts(file.uri(), file.sizeBytes()) ? Math.min(splitBytes, MAX_STEP_BYTES) : Long.MAX_VALUE;
      long start = 0;
      do {
        // The last range takes the tail rather than leave a sliver of a few records, whose share of bad bytes
        // could refuse the file.
        long end = file.sizeBytes() - start - step < step ? file.sizeBytes() : start + step;
        out.output(new FileRange(file.uri(), file.sizeBytes(), start, end));
        start = end;
      } while (start < file.sizeBytes());
    }
  }

  /**
   * Parses the records that start in a range, as a splittable DoFn over their start offsets: where the range can be
   * read from the middle, in parts of about {@link PartTracker#PART_BYTES}, each reported on its own and followed
   * by a request to resume (see {@link PartTracker}). A part that starts past 0 reads from the first line start at
   * or after its start, as a range does.
   */
  @DoFn.BoundedPerElement
  private static final class ParseRangeFn<T> extends DoFn<FileRange, List<T>> {
    private final Source source;
    private final CsvRecordParser<T> parser;
    private final ReadSettings settings;
    private final List<Lookup<T, ?>> lookups;
    private final StagingBacklog backlog;
    private final TupleTag<List<T>> parsed;
    private final boolean recordsAreLines;
    private final Counter parsedRecords;
    private final Counter rejectedRecords;
    /**
     * The lookups' checks with their side inputs, fetched once and kept for the instance's later parts: the
     * DirectRunner builds a side input's map anew on every fetch, and building the 62 k links' multimap for every
     * 1 MiB part took about a tenth of the staging phase's CPU at 10 M ratings. The side inputs are in the global
     * window ({@link #checkedAgainst} holds to it), so one fetch serves every element.
     */
    private transient @Nullable List<Function<T, ParseResult<T>>> checks;

    ParseRangeFn(
        Source source,
        CsvRecordParser<T> parser,
        ReadSettings settings,
        List<Lookup<T, ?>> lookups,
        StagingBacklog backlog,
        TupleTag<List<T>> parsed,
        boolean recordsAreLines) {
      this.source = source;
      this.parser = parser;
      this.settings = settings;
      this.lookups = lookups;
      this.backlog = backlog;
      this.parsed = parsed;
      this.recordsAreLines = recordsAreLines;
      this.parsedRecords = Metrics.counter(source.id(), "parsed");
      this.rejectedRecords = Metrics.counter(source.id(), "rejected");
    }

    private List<Function<T, ParseResult<T>>> checks(ProcessContext context) {
      if (checks == null) {
        List<Function<T, ParseResult<T>>> fetched = new ArrayList<>();
        for (Lookup<T, ?> lookup : lookups) {
          fetched.add(lookup.fetch(context));
        }
        checks = fetched;
      }
      return checks;
    }

    /** The range's offsets; an empty file's holds one, which it claims: runners allow output only after a claim. */
    @GetInitialRestriction
    public OffsetRange initialRestriction(@Element FileRange range) {
      return new OffsetRange(range.start(), Math.max(range.end(), range.start() + 1));
    }

    @NewTracker
    public PartTracker newTracker(@Element FileRange range, @Restriction OffsetRange restriction) {
      return new PartTracker(restriction, inParts(range));
    }

    private boolean inParts(FileRange range) {
      return recordsAreLines && readableInParts(range.uri(), range.sizeBytes());
    }

    @GetRestrictionCoder
    public Coder<OffsetRange> restrictionCoder() {
      return OffsetRange.Coder.of();
    }

    @ProcessElement
    public ProcessContinuation process(ProcessContext context, RestrictionTracker<OffsetRange, Long> tracker)
        throws IOException {
      OffsetRange part = tracker.currentRestriction();
      FileRange range =
          new FileRange(context.element().uri(), context.element().sizeBytes(), part.getFrom(), part.getTo());
      String path = range.uri();
      // A part waits while its run's backlog is over its bound, before it claims anything: the whole part is the
      // residual, and the writers get the workers meanwhile.
      Duration wait = inParts(range) && part.getFrom() < part.getTo() ? backlog.waitBeforeReading() : Duration.ZERO;
      if (wait.isLongerThan(Duration.ZERO)) {
        return ProcessContinuation.resume().withResumeDelay(wait);
      }
      List<Function<T, ParseResult<T>>> checks = checks(context);
      Claims claims = new Claims(tracker, inParts(range));
      try {
        SourceFileRead read = range.start() == 0
            ? readFromStart(context, range, checks, claims)
            : readFromLine(context, range, checks, claims);
        claims.beforeOutput();
        context.output(FILES_READ, read);
        return claims.finish();
      } catch (CheckpointedBeforeFirstClaim e) {
        return ProcessContinuation.stop(); // the runner holds the whole part as its residual
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

    /**
     * The first range: the header, then its records. A file read whole accounts for the stored bytes read (through
     * its decompressor where it is compressed).
     */
    private SourceFileRead readFromStart(
        ProcessContext context, FileRange range, List<Function<T, ParseResult<T>>> checks, Claims claims)
        throws IOException {
      String path = range.uri();
      boolean whole = range.end() >= range.sizeBytes();
      try (ResumingReadChannel stored = channel(range, 0);
          InputStream content = Channels.newInputStream(Compression.detect(path).readDecompressed(stored))) {
        CsvRecordReader reader =
            new CsvRecordReader(content, parser, settings.maxRecordBytes(), 0, whole ? Long.MAX_VALUE : range.end());
        Records records = new Records(context, range, reader, checks, claims);
        String refusal;
        if (!reader.next()) {
          refusal = reader.refusal(); // empty, or an encoding not read here
        } else if (reader.problem() != null) {
          refusal = headerRefusal(reader.problem());
        } else {
          refusal = records.read(reader.fields());
        }
        long covered = reader.bytesConsumed();
        if (whole && !claims.partEnded()) {
          if (refusal == null) {
            drain(stored);
          }
          covered = stored.position();
        }
        return new SourceFileRead(source.id(), path, 0, records.count(), reader.lines(), range.sizeBytes(),
            covered, refusal);
      }
    }

    /**
     * A later range of a file whose records are lines: its records start at the first line start at or after the
     * range's start (the line running into it belongs to the range before), and the header comes from the file's
     * first line.
     */
    private SourceFileRead readFromLine(
        ProcessContext context, FileRange range, List<Function<T, ParseResult<T>>> checks, Claims claims)
        throws IOException {
      String path = range.uri();
      List<String> header;
      String refusal;
      try (ResumingReadChannel stored = channel(range, 0);
          InputStream content = Channels.newInputStream(stored)) {
        CsvRecordReader first = new CsvRecordReader(content, parser, settings.maxRecordBytes());
        boolean any = first.next();
        header = any && first.problem() == null ? first.fields() : null;
        refusal = !any ? first.refusal() : first.problem() == null ? null : headerRefusal(first.problem());
      }
      try (ResumingReadChannel stored = channel(range, range.start() - 1);
          InputStream raw = Channels.newInputStream(stored)) {
        // The end of the line running into the range is looked for in bulk and only up to the range's end: a line
        // that runs past it belongs to the range before, whose reader reads it (a 1 GB line in 16 MB ranges was
        // otherwise scanned to its end by every range, byte by byte).
        byte[] buffer = new byte[1 << 16];
        long scanned = range.start() - 1; // the file offset of buffer[0]
        int filled;
        int newline = -1;
        while (true) {
          int wanted = (int) Math.min(buffer.length, range.end() - 1 - scanned);
          filled = wanted <= 0 ? 0 : raw.readNBytes(buffer, 0, wanted);
          if (filled == 0) { // no line starts in the range before its end, or the file ends first: no record
            return new SourceFileRead(source.id(), path, range.start(), 0, 0, range.sizeBytes(), 0, refusal);
          }
          for (int i = 0; i < filled && newline < 0; i++) {
            if (buffer[i] == '\n') {
              newline = i;
            }
          }
          if (newline >= 0) {
            break;
          }
          scanned += filled;
        }
        long lineStart = scanned + newline + 1;
        InputStream content = new BufferedInputStream(new SequenceInputStream(
            new ByteArrayInputStream(buffer, newline + 1, filled - newline - 1), raw), 1 << 16);
        CsvRecordReader reader =
            new CsvRecordReader(content, parser, settings.maxRecordBytes(), lineStart, range.end());
        Records records = new Records(context, range, reader, checks, claims);
        if (refusal == null) {
          refusal = records.read(header);
        }
        return new SourceFileRead(source.id(), path, range.start(), records.count(), reader.lines(),
            range.sizeBytes(), reader.bytesConsumed() - lineStart, refusal);
      }
    }

    private ResumingReadChannel channel(FileRange range, long from) {
      return new ResumingReadChannel(range.uri(), range.sizeBytes(), settings.readAttempts(),
          settings.initialBackoffMillis(), from);
    }

    private static String headerRefusal(String problem) {
      return "its header: " + problem + "; it is not a UTF-8 CSV file (UTF-16 without a byte order mark, or "
          + "binary?)";
    }

    /** A part's data records, parsed (emitted in batches) or rejected, counted as they come. */
    private final class Records {
      private final ProcessContext context;
      private final FileRange range;
      private final CsvRecordReader reader;
      private final List<Function<T, ParseResult<T>>> checks;
      private final Claims claims;
      private long count;

      Records(
          ProcessContext context,
          FileRange range,
          CsvRecordReader reader,
          List<Function<T, ParseResult<T>>> checks,
          Claims claims) {
        this.context = context;
        this.range = range;
        this.reader = reader;
        this.checks = checks;
        this.claims = claims;
      }

      long count() {
        return count;
      }

      /** Emits every record the reader yields; returns why the file is refused as a whole, or null. */
      @Nullable
      String read(List<String> header) throws IOException {
        String path = range.uri();
        String headerProblem = parser.checkHeader(header);
        long notUtf8 = 0;
        List<T> batch = new ArrayList<>(BATCH_RECORDS);
        while (reader.next()) {
          claims.record(reader.offset());
          long record = recordNumber(range.start(), ++count);
          ParseResult<T> result;
          if (reader.problem() != null) {
            notUtf8 += reader.notUtf8() ? 1 : 0;
            result = ParseResult.rejected(reader.problem());
          } else if (headerProblem != null) {
            result = ParseResult.rejected(headerProblem);
          } else {
            result = parser.parse(header, reader.fields(), path, record);
            for (int i = 0; i < checks.size() && result.isOk(); i++) {
              result = checks.get(i).apply(result.value());
            }
          }
          if (result.isOk()) {
            batch.add(result.value());
            parsedRecords.inc();
            if (batch.size() == BATCH_RECORDS) {
              emit(batch);
              batch = new ArrayList<>(BATCH_RECORDS);
            }
          } else {
            context.output(
                REJECTED,
                new Rejected(source.id(), path, record, reader.line(), reader.offset(), reader.length(),
                    reader.raw(), result.reason()));
            rejectedRecords.inc();
          }
          if (claims.endsPart(reader.offset())) {
            break; // the reader stands right after this record, where the next part starts
          }
        }
        if (!batch.isEmpty()) {
          emit(batch);
        }
        return notUtf8 * 2 > count
            ? String.format(Locale.ROOT,
                "%,d of its %,d records are not valid UTF-8: the file is in another encoding (Windows-1252 or "
                    + "Latin-1?); convert it to UTF-8", notUtf8, count)
            : null;
      }

      private void emit(List<T> batch) {
        context.output(batch);
        backlog.parsed(batch.size());
      }
    }

    /**
     * The claims of one part's records: each record's start where the range is read in parts ({@link PartTracker}),
     * the range's start only where it is one part (its offsets may be the decompressed file's, past the stored
     * size). A claim fails only where a part read in parts was checkpointed before its first claim (the runner then
     * holds the whole part, and the reader stops with nothing emitted): a range's reader stops before its end, and
     * the only other split is after a part's last record, after which nothing more is claimed.
     */
    private static final class Claims {
      private final RestrictionTracker<OffsetRange, Long> tracker;
      private final OffsetRange range;
      private final boolean inParts;
      private boolean claimed;
      private boolean partEnded;

      Claims(RestrictionTracker<OffsetRange, Long> tracker, boolean inParts) {
        this.tracker = tracker;
        this.range = tracker.currentRestriction();
        this.inParts = inParts;
      }

      void record(long offset) {
        if (inParts) {
          claim(offset);
        } else {
          beforeOutput();
        }
      }

      /** Whether the record at {@code offset}, claimed and emitted, is the part's last. */
      boolean endsPart(long offset) {
        partEnded = inParts && PartTracker.endsPart(range, offset);
        return partEnded;
      }

      boolean partEnded() {
        return partEnded;
      }

      /** A runner allows output only after a claim: a part with no record claims its start. */
      void beforeOutput() {
        if (!claimed) {
          claim(range.getFrom());
        }
      }

      private void claim(long offset) {
        if (!tracker.tryClaim(offset)) {
          if (!claimed && inParts) {
            throw new CheckpointedBeforeFirstClaim();
          }
          throw new IllegalStateException("a record at byte " + offset + " is outside the range read, " + range);
        }
        claimed = true;
      }

      /** Resumes after a part that ended early; otherwise marks the range done. */
      ProcessContinuation finish() {
        if (partEnded) {
          return ProcessContinuation.resume();
        }
        tracker.tryClaim(Long.MAX_VALUE);
        return ProcessContinuation.stop();
      }
    }

    /** A part checkpointed before it claimed anything: nothing was emitted, and the runner reads it later. */
    private static final class CheckpointedBeforeFirstClaim extends RuntimeException {
      CheckpointedBeforeFirstClaim() {
        super(null, null, false, false);
      }
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
