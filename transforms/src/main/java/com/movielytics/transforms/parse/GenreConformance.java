package com.movielytics.transforms.parse;

import com.movielytics.schemas.GenreRef;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * MovieLens genre names conformed to TMDB's genres by name. The two MovieLens genres with no TMDB twin get ids
 * of their own, far above TMDB's, so they stay stable from run to run.
 */
public final class GenreConformance {
  private GenreConformance() {}

  private static final Map<String, GenreRef> BY_MOVIELENS_NAME =
      Map.ofEntries(
          Map.entry("Action", new GenreRef(28, "Action")),
          Map.entry("Adventure", new GenreRef(12, "Adventure")),
          Map.entry("Animation", new GenreRef(16, "Animation")),
          Map.entry("Children", new GenreRef(10751, "Family")),
          Map.entry("Comedy", new GenreRef(35, "Comedy")),
          Map.entry("Crime", new GenreRef(80, "Crime")),
          Map.entry("Documentary", new GenreRef(99, "Documentary")),
          Map.entry("Drama", new GenreRef(18, "Drama")),
          Map.entry("Fantasy", new GenreRef(14, "Fantasy")),
          Map.entry("Film-Noir", new GenreRef(1_000_001, "Film-Noir")),
          Map.entry("Horror", new GenreRef(27, "Horror")),
          Map.entry("IMAX", new GenreRef(1_000_002, "IMAX")),
          Map.entry("Musical", new GenreRef(10402, "Music")),
          Map.entry("Mystery", new GenreRef(9648, "Mystery")),
          Map.entry("Romance", new GenreRef(10749, "Romance")),
          Map.entry("Sci-Fi", new GenreRef(878, "Science Fiction")),
          Map.entry("Thriller", new GenreRef(53, "Thriller")),
          Map.entry("War", new GenreRef(10752, "War")),
          Map.entry("Western", new GenreRef(37, "Western")));

  /** The TMDB genre for a MovieLens genre name, or null when MovieLens has no such genre. */
  public static @Nullable GenreRef fromMovielens(String movielensName) {
    return BY_MOVIELENS_NAME.get(movielensName.trim());
  }
}
