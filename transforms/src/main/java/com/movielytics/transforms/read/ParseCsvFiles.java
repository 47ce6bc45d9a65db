package com.movielytics.transforms.read;

import com.movielytics.schemas.Csv;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkedToMovielens;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.Source;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.transforms.enrich.Crosswalk;
import com.movielytics.transforms.parse.CsvRecordParser;
import com.movielytics.transforms.parse.ParseResult;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads a source's CSV files (local or {@code s3://} URIs) and parses every record once: parsed records,
 * rejected records with their reason, and how many records each file held. Quoted fields may hold commas and
 * newlines (TMDB overviews do), so files are read whole with commons-csv rather than line by line.
 *
 * <p>MovieLens sources are linked to TMDB ids through the crosswalk in the same pass ({@link #linkedThrough}):
 * the side input is then waited for per file, not per record, which keeps runners from buffering every record
 * until the crosswalk is ready.
 */
public final class ParseCsvFiles<T> extends PTransform<PCollection<String>, PCollectionTuple> {
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};
  public static final TupleTag<SourceFileRead> FILES_READ = new TupleTag<>() {};

  private final Source source;
  private final CsvRecordParser<T> parser;
  private final Class<T> type;
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
      @Nullable PCollectionView<Map<Integer, Iterable<Link>>> crosswalk,
      @Nullable Linker<T> linker) {
    this.source = source;
    this.parser = parser;
    this.type = type;
    this.crosswalk = crosswalk;
    this.linker = linker;
  }

  public static <T> ParseCsvFiles<T> of(Source source, CsvRecordParser<T> parser, Class<T> type) {
    return new ParseCsvFiles<>(source, parser, type, null, null);
  }

  /** Parses, then links each record's MovieLens movie id to its TMDB id through {@code crosswalk}. */
  public static <T extends LinkedToMovielens<T>> ParseCsvFiles<T> linkedThrough(
      Source source, CsvRecordParser<T> parser, Class<T> type, PCollectionView<Map<Integer, Iterable<Link>>> crosswalk) {
    return new ParseCsvFiles<>(source, parser, type, crosswalk, Crosswalk::link);
  }

  /** The tag of the parsed records in the output. */
  public TupleTag<T> parsed() {
    return parsed;
  }

  @Override
  public PCollectionTuple expand(PCollection<String> fileUris) {
    ParDo.MultiOutput<FileIO.ReadableFile, T> parse =
        ParDo.of(new ParseFileFn<>(source, parser, crosswalk, linker, parsed))
            .withOutputTags(parsed, TupleTagList.of(REJECTED).and(FILES_READ));
    if (crosswalk != null) {
      parse = parse.withSideInputs(crosswalk);
    }
    PCollectionTuple out =
        fileUris
            .apply("MatchFiles", FileIO.matchAll())
            .apply("OpenFiles", FileIO.readMatches())
            .apply(crosswalk == null ? "ParseRecords" : "ParseAndLinkRecords", parse);
    try {
      out.get(parsed).setCoder(fileUris.getPipeline().getCoderRegistry().getCoder(TypeDescriptor.of(type)));
    } catch (CannotProvideCoderException e) {
      throw new IllegalArgumentException("no coder for " + type.getName(), e);
    }
    return out;
  }

  private static final class ParseFileFn<T> extends DoFn<FileIO.ReadableFile, T> {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build();

    private final Source source;
    private final CsvRecordParser<T> parser;
    private final @Nullable PCollectionView<Map<Integer, Iterable<Link>>> crosswalk;
    private final @Nullable Linker<T> linker;
    private final TupleTag<T> parsed;
    private final Counter parsedRecords;
    private final Counter rejectedRecords;

    ParseFileFn(
        Source source,
        CsvRecordParser<T> parser,
        @Nullable PCollectionView<Map<Integer, Iterable<Link>>> crosswalk,
        @Nullable Linker<T> linker,
        TupleTag<T> parsed) {
      this.source = source;
      this.parser = parser;
      this.crosswalk = crosswalk;
      this.linker = linker;
      this.parsed = parsed;
      this.parsedRecords = Metrics.counter(source.id(), "parsed");
      this.rejectedRecords = Metrics.counter(source.id(), "rejected");
    }

    @ProcessElement
    public void process(ProcessContext context) throws IOException {
      FileIO.ReadableFile file = context.element();
      Map<Integer, Iterable<Link>> links = crosswalk == null ? null : context.sideInput(crosswalk);
      String path = file.getMetadata().resourceId().toString();
      long records = 0;
      try (Reader reader = Channels.newReader(file.open(), StandardCharsets.UTF_8);
          CSVParser csv = FORMAT.parse(reader)) {
        Iterator<CSVRecord> it = csv.iterator();
        List<String> header = null;
        String headerProblem = null;
        try {
          while (it.hasNext()) {
            List<String> values = it.next().toList();
            if (header == null) {
              header = withoutByteOrderMark(values);
              headerProblem = parser.checkHeader(header);
              continue;
            }
            records++;
            ParseResult<T> result =
                headerProblem == null
                    ? parser.parse(header, values, path, records)
                    : ParseResult.rejected(headerProblem);
            if (result.isOk() && linker != null) {
              result = linker.link(result.value(), links);
            }
            if (result.isOk()) {
              context.output(result.value());
              parsedRecords.inc();
            } else {
              reject(context, path, records, Csv.line(values.toArray(String[]::new)), result.reason());
            }
          }
        } catch (UncheckedIOException | IllegalStateException e) {
          // commons-csv cannot resynchronise after broken quoting or undecodable bytes: say so, and what it cost.
          records++;
          reject(context, path, records, "", unreadable(e, records - 1));
        }
      }
      context.output(FILES_READ, new SourceFileRead(source.id(), path, records));
    }

    private static String unreadable(RuntimeException e, long recordsRead) {
      boolean encoding = e.getCause() instanceof CharacterCodingException;
      String what =
          encoding
              ? "the file is not valid UTF-8 (bytes that do not decode, at or after record " + recordsRead
                  + ": the reader decodes ahead)"
              : "malformed CSV after record " + recordsRead + " (" + e.getMessage() + ")";
      return what + "; the rest of the file could not be read";
    }

    private void reject(ProcessContext context, String path, long record, String raw, String reason) {
      context.output(REJECTED, new Rejected(source.id(), path, record, raw, reason));
      rejectedRecords.inc();
    }

    private static List<String> withoutByteOrderMark(List<String> header) {
      if (header.isEmpty() || !header.get(0).startsWith("\uFEFF")) {
        return header;
      }
      List<String> cleaned = new ArrayList<>(header);
      cleaned.set(0, cleaned.get(0).substring(1));
      return cleaned;
    }
  }
}
