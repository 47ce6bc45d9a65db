package com.movielytics.transforms.enrich;

import com.movielytics.schemas.Link;
import java.util.Comparator;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The links crosswalk as a side input, MovieLens id to link. A MovieLens id listed twice keeps its last record
 * (last file by name, then last record), the same rule the movie_link upsert applies.
 */
public final class IndexLinks extends PTransform<PCollection<Link>, PCollectionView<Map<Integer, Link>>> {
  static final Comparator<Link> LAST_RECORD =
      Comparator.comparing(Link::sourceFile).thenComparingLong(Link::recordNumber);

  @Override
  public PCollectionView<Map<Integer, Link>> expand(PCollection<Link> links) {
    return links
        .apply("KeyByMovielensId", WithKeys.of(Link::movielensId).withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(Link.class)))
        .apply("KeepLastRecord", Combine.perKey(IndexLinks::last))
        .apply("AsMap", View.asMap());
  }

  private static Link last(Iterable<Link> links) {
    Link last = null;
    for (Link link : links) {
      if (last == null || LAST_RECORD.compare(link, last) > 0) {
        last = link;
      }
    }
    return last;
  }
}
