package com.movielytics.transforms.enrich;

import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkedToMovielens;
import com.movielytics.schemas.Rejected;
import com.movielytics.schemas.Source;
import com.movielytics.transforms.read.ParseCsvFiles;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Turns MovieLens movie ids into TMDB ids through the links crosswalk (a side input). A record whose movie the
 * crosswalk does not know, or knows without a tmdbId, cannot reach the movie dimension and is rejected.
 */
public final class ResolveMovieIds<T extends LinkedToMovielens<T>>
    extends PTransform<PCollection<T>, PCollectionTuple> {
  private final Source source;
  private final PCollectionView<Map<Integer, Link>> links;
  private final TupleTag<T> resolved = new TupleTag<>();

  private ResolveMovieIds(Source source, PCollectionView<Map<Integer, Link>> links) {
    this.source = source;
    this.links = links;
  }

  public static <T extends LinkedToMovielens<T>> ResolveMovieIds<T> of(
      Source source, PCollectionView<Map<Integer, Link>> links) {
    return new ResolveMovieIds<>(source, links);
  }

  public TupleTag<T> resolved() {
    return resolved;
  }

  @Override
  public PCollectionTuple expand(PCollection<T> records) {
    PCollectionTuple out =
        records.apply(
            "LookUpTmdbId",
            ParDo.of(new ResolveFn<>(source, links, resolved))
                .withSideInputs(links)
                .withOutputTags(resolved, TupleTagList.of(ParseCsvFiles.REJECTED)));
    out.get(resolved).setCoder(records.getCoder());
    return out;
  }

  /** Why a record cannot be linked, or null when it can. */
  static String unresolvedReason(int movielensId, Link link) {
    if (link == null) {
      return "movieId " + movielensId + " is not in the links crosswalk";
    }
    if (link.tmdbId() == null) {
      return "movieId " + movielensId + " has no tmdbId in the links crosswalk (" + link.sourceFile() + ")";
    }
    return null;
  }

  private static final class ResolveFn<T extends LinkedToMovielens<T>> extends DoFn<T, T> {
    private final Source source;
    private final PCollectionView<Map<Integer, Link>> links;
    private final TupleTag<T> resolved;

    ResolveFn(Source source, PCollectionView<Map<Integer, Link>> links, TupleTag<T> resolved) {
      this.source = source;
      this.links = links;
      this.resolved = resolved;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      T record = context.element();
      Link link = context.sideInput(links).get(record.movielensId());
      String reason = unresolvedReason(record.movielensId(), link);
      if (reason == null) {
        context.output(record.withLink(link));
      } else {
        context.output(
            ParseCsvFiles.REJECTED,
                new Rejected(
                    source.id(), record.sourceFile(), record.recordNumber(), record.rawRecord(), reason));
      }
    }
  }
}
