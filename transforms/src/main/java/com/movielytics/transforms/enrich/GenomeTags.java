package com.movielytics.transforms.enrich;

import com.movielytics.schemas.GenomeScore;
import com.movielytics.transforms.parse.ParseResult;
import java.util.Map;

/**
 * Checks a genome score's tag id against the genome tags (the run's genome-tags files, and in an incremental run
 * the warehouse's): a score for a tag nobody defined cannot reach the genome_tag dimension and is rejected.
 */
public final class GenomeTags {
  private GenomeTags() {}

  public static ParseResult<GenomeScore> check(GenomeScore score, Map<Integer, Iterable<String>> genomeTags) {
    return genomeTags.containsKey(score.tagId())
        ? ParseResult.ok(score)
        : ParseResult.rejected("tagId " + score.tagId() + " is not in the genome tags (genome-tags files or "
            + "movies.genome_tag)");
  }
}
