package com.movielytics.transforms.enrich;

import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkCoder;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The links crosswalk as a side input, MovieLens id to its link records. A multimap rather than a per-key
 * combine: a combine groups by MovieLens id, which the DirectRunner executes as one bundle per id (thousands
 * of bundles, minutes of overhead); {@link Crosswalk#against} picks the last record of a repeated id.
 */
public final class IndexLinks
    extends PTransform<PCollection<Link>, PCollectionView<Map<Integer, Iterable<Link>>>> {

  @Override
  public PCollectionView<Map<Integer, Iterable<Link>>> expand(PCollection<Link> links) {
    return links
        .apply("KeyByMovielensId", WithKeys.of(Link::movielensId).withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), LinkCoder.of()))
        .apply("AsMultimap", View.asMultimap());
  }
}
