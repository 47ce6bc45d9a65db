package com.movielytics.transforms.enrich;

import com.movielytics.schemas.GenomeScore;
import com.movielytics.transforms.parse.ParseResult;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a genome score's tag id against the genome tags (the run's genome-tags files, and in an incremental run
 * the warehouse's): a score for a tag nobody defined cannot reach the genome_tag dimension and is rejected.
 */
public final class GenomeTags {
  private GenomeTags() {}

  /** Checks scores against {@code genomeTags}, whose ids are copied once into a plain set. */
  public static Function<GenomeScore, ParseResult<GenomeScore>> against(Map<Integer, Iterable<String>> genomeTags) {
    Set<Integer> tagIds = new HashSet<>(genomeTags.keySet());
    return score -> tagIds.contains(score.tagId())
        ? ParseResult.ok(score)
        : ParseResult.rejected("tagId " + score.tagId() + " is not in the genome tags (genome-tags files or "
            + "movies.genome_tag)");
  }
}
