package com.movielytics.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;

/** The field-by-field coders of the tags, links and movies: found by default, and every field round-trips. */
class RecordCodersTest {
  private static final List<GenreRef> GENRES = List.of(new GenreRef(16, "Animation"), new GenreRef(35, "Comedy"));

  @Test
  void recordsGetTheirOwnCoderByDefault() throws Exception {
    CoderRegistry registry = CoderRegistry.createDefault();
    assertInstanceOf(TagCoder.class, registry.getCoder(TypeDescriptor.of(Tag.class)));
    assertInstanceOf(LinkCoder.class, registry.getCoder(TypeDescriptor.of(Link.class)));
    assertInstanceOf(MovielensMovieCoder.class, registry.getCoder(TypeDescriptor.of(MovielensMovie.class)));
    assertInstanceOf(MovieMetadataCoder.class, registry.getCoder(TypeDescriptor.of(MovieMetadata.class)));
  }

  @Test
  void tagsRoundTrip() throws Exception {
    roundTrips(TagCoder.of(),
        new Tag("s3://b/tags.csv", 7, 15, 339, "sandra 'boring' bullock", 1_138_537_770L, 10_189),
        new Tag("tags.csv", 1, 2, 3, "", 0L, null));
  }

  @Test
  void linksRoundTrip() throws Exception {
    roundTrips(LinkCoder.of(),
        new Link("links.csv", 1, 1, "0114709", 862),
        new Link("links.csv", 2, 2, null, null),
        Link.inWarehouse(3, "0113228", null));
  }

  @Test
  void movielensMoviesRoundTrip() throws Exception {
    roundTrips(MovielensMovieCoder.of(),
        new MovielensMovie("movies.csv", 1, 1, "Toy Story (1995)", 1995, GENRES, 862, "tt0114709"),
        new MovielensMovie("movies.csv", 2, 2, "Untitled", null, List.of(), null, null));
  }

  @Test
  void movieMetadataRoundTrips() throws Exception {
    roundTrips(MovieMetadataCoder.of(),
        new MovieMetadata("movies_metadata.csv", 1, 862, "tt0114709", "Toy Story", "Toy Story", "en", false,
            LocalDate.of(1995, 10, 30), 30_000_000L, 373_554_033L, 81.0, 21.946943, 7.7, 5415, "Released",
            "Toy Story Collection", GENRES),
        new MovieMetadata("movies_metadata.csv", 2, 2, null, "Ariel", null, null, true, null, null, null, null,
            null, null, null, null, null, List.of()));
  }

  @SafeVarargs
  private static <T> void roundTrips(Coder<T> coder, T... values) throws Exception {
    for (T value : values) {
      assertEquals(value, CoderUtils.clone(coder, value));
    }
  }
}
