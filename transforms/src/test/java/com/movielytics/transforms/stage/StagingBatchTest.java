package com.movielytics.transforms.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.schemas.Rating;
import com.movielytics.transforms.sql.SqlFiles;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StagingBatchTest {

  @Test
  void aBatchHoldsOneTypedArrayPerColumnAndKeepsNulls() {
    StagingBatch batch =
        StagingBatch.of(
            StagingTables.RATINGS,
            List.of(
                new Rating("s3://b/ratings.csv", 1, 7, 42, 3.5, 964982703L, 862),
                new Rating("s3://b/ratings.csv", 2, 7, 43, 5.0, 964982704L, null)));
    Object[][] columns = batch.columns();
    assertArrayEquals(new String[] {"s3://b/ratings.csv", "s3://b/ratings.csv"}, columns[0]);
    assertArrayEquals(new Long[] {1L, 2L}, columns[1]);
    assertArrayEquals(new Integer[] {42, 43}, columns[3]);
    assertArrayEquals(new Integer[] {862, null}, columns[4]);
    assertArrayEquals(new Double[] {3.5, 5.0}, columns[5]);
    assertArrayEquals(new Long[] {964982703L, 964982704L}, columns[6]);
  }

  /** Each table's declared column types are the array types its statement unnests, in order. */
  @Test
  void everyTableDeclaresTheArrayTypesItsStatementUnnests() {
    Pattern parameter = Pattern.compile("\\?::([a-z ]+)\\[\\]");
    for (StagingTable<?> table :
        List.of(
            StagingTables.MOVIES_METADATA, StagingTables.MOVIELENS_MOVIES, StagingTables.LINKS,
            StagingTables.RATINGS, StagingTables.TAGS, StagingTables.GENOME_TAGS, StagingTables.GENOME_SCORES,
            StagingTables.CPI, StagingTables.QUARANTINE, StagingTables.FILE_READ)) {
      Matcher m = parameter.matcher(SqlFiles.read("staging/" + table.name() + ".sql"));
      List<String> unnested = m.results().map(r -> r.group(1)).toList();
      List<String> declared =
          table.types().stream()
              .map(
                  t ->
                      switch (t) {
                        case TEXT -> "text";
                        case INTEGER -> "integer";
                        case BIGINT -> "bigint";
                        case DOUBLE -> "double precision";
                      })
              .toList();
      assertEquals(declared, unnested, table.name());
    }
  }
}
