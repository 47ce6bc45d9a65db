package com.movielytics.pipeline.generate;

import com.movielytics.schemas.Csv;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a realistic input folder in the exact formats of the real sources, deterministically from a seed, at
 * any size: TMDB metadata with Python-literal columns and multi-line quoted overviews, MovieLens movies, links,
 * ratings and tags with CRLF line ends, and two FRED CPI series with both header styles. The ugly cases of the
 * real files are in it on purpose, a few of each: shifted columns, a duplicated movie id, blank release dates,
 * zero budgets, blank and shared tmdbIds, out-of-range and malformed ratings, re-ratings, empty tags and FRED's
 * "." for a missing month; and the defects of real exports, each costing its record only: a stray quote and a
 * Windows-1252 byte in ratings (first and middle records), tags (first and last) and movies_metadata (middle and
 * last), and an empty daily ratings file. The MovieLens tag genome comes at ml-25m's proportions (1,128 tags,
 * about 0.62 scores per rating, every tag scored for each genome movie), with a corrected tag, an empty tag, and
 * scores out of 0-1, for an unknown tag, for movies without a TMDB id or outside the crosswalk, and re-scored.
 */
public final class SampleGenerator {
  /** The bundled sample: small enough to load in seconds, large enough to show every case. */
  public static final int SAMPLE_RATINGS = 20_000;

  private static final String[][] TMDB_GENRES = {
    {"28", "Action"}, {"12", "Adventure"}, {"16", "Animation"}, {"35", "Comedy"}, {"80", "Crime"},
    {"99", "Documentary"}, {"18", "Drama"}, {"10751", "Family"}, {"14", "Fantasy"}, {"36", "History"},
    {"27", "Horror"}, {"10402", "Music"}, {"9648", "Mystery"}, {"10749", "Romance"},
    {"878", "Science Fiction"}, {"10770", "TV Movie"}, {"53", "Thriller"}, {"10752", "War"},
    {"37", "Western"}, {"10769", "Foreign"}
  };
  private static final String[] MOVIELENS_GENRES = {
    "Action", "Adventure", "Animation", "Children", "Comedy", "Crime", "Documentary", "Drama", "Fantasy",
    "Film-Noir", "Horror", "IMAX", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western"
  };
  private static final String[] WORDS = {
    "Night", "River", "Golden", "Lost", "Empire", "Summer", "Shadow", "City", "Dream", "Last", "Silent",
    "Broken", "Wild", "Secret", "Iron", "Blue", "Long", "Little", "Dark", "Crimson", "Winter", "Star"
  };
  private static final String[] TAG_WORDS = {
    "funny", "atmospheric", "twist ending", "based on a book", "visually appealing", "dark comedy",
    "classic", "slow", "quirky", "thought-provoking", "Oscar (Best Picture)", "great soundtrack"
  };
  /** The tags of the MovieLens tag genome, as in ml-25m. */
  static final int GENOME_TAGS = 1_128;
  /** Genome scores per rating in ml-25m: 15,584,448 scores for 25,000,095 ratings. */
  private static final double GENOME_SCORES_PER_RATING = 15_584_448.0 / 25_000_095;
  /** The daily drop that arrived empty. */
  public static final String EMPTY_DAILY_FILE = "ratings_20240701.csv";

  private static final long RATINGS_FROM = 946_684_800L; // 2000-01-01T00:00:00Z
  private static final long RATINGS_SPAN = 24L * 365 * 86_400;

  private final int movies;
  private final int ratings;
  private final SplittableRandom random;

  private SampleGenerator(int ratings, long seed) {
    this.ratings = ratings;
    // At least 400 movies and tags, so that the planted defects stay under the default 1% reject ratio.
    this.movies = Math.max(400, Math.min(50_000, ratings / 100));
    this.random = new SplittableRandom(seed);
  }

  /** Writes the bundled sample's files into {@code folder}. */
  public static ExpectedCounts sample(Path folder) throws IOException {
    return generate(folder, SAMPLE_RATINGS, 42);
  }

  /**
   * Writes about {@code ratings} ratings (plus the planted duplicates and bad rows) and a catalogue sized to
   * them into {@code folder}; the same arguments always write the same bytes.
   */
  public static ExpectedCounts generate(Path folder, int ratings, long seed) throws IOException {
    Files.createDirectories(folder);
    return new SampleGenerator(ratings, seed).write(folder);
  }

  private ExpectedCounts write(Path folder) throws IOException {
    // MovieLens ids 1..M link to the TMDB movies of movies_metadata; M+1..M+E to TMDB movies only MovieLens
    // describes; M+E+1 shares the TMDB id of M+E; the last B have no tmdbId.
    int m = movies;
    int extra = m / 4;
    int blank = Math.max(1, m / 200);
    int linked = m + extra + 1;
    int movielensMovies = linked + blank;

    Map<String, ExpectedCounts.SourceExpectation> sources = new LinkedHashMap<>();
    Map<String, Long> tables = new LinkedHashMap<>();

    int shifted = Math.max(1, m / 500);
    writeMovieMetadata(folder.resolve("movies_metadata.csv"), m, shifted);
    sources.put("movies_metadata", new ExpectedCounts.SourceExpectation(m + shifted + 3, m, 1, shifted + 2));

    writeMovielensMovies(folder.resolve("movies.csv"), movielensMovies);
    sources.put(
        "movielens_movies",
        new ExpectedCounts.SourceExpectation(movielensMovies, linked, 0, blank));
    writeLinks(folder.resolve("links.csv"), m, extra, blank);
    sources.put("links", new ExpectedCounts.SourceExpectation(movielensMovies, movielensMovies, 0, 0));

    int[] ratingCounts = writeRatings(folder.resolve("ratings.csv"), linked, blank);
    sources.put(
        "ratings",
        new ExpectedCounts.SourceExpectation(
            ratingCounts[0], ratingCounts[1], ratingCounts[2], ratingCounts[3]));

    int[] tagCounts = writeTags(folder.resolve("tags.csv"), linked);
    sources.put(
        "tags", new ExpectedCounts.SourceExpectation(tagCounts[0], tagCounts[1], tagCounts[2], tagCounts[3]));

    Files.write(folder.resolve(EMPTY_DAILY_FILE), new byte[0]);

    writeGenomeTags(folder.resolve("genome-tags.csv"));
    sources.put("genome_tags", new ExpectedCounts.SourceExpectation(GENOME_TAGS + 2, GENOME_TAGS, 1, 1));
    int genomeMovies = Math.max(3, (int) Math.round(ratings * GENOME_SCORES_PER_RATING / GENOME_TAGS));
    int[] scoreCounts = writeGenomeScores(folder.resolve("genome-scores.csv"), genomeMovies, linked, movielensMovies);
    sources.put(
        "genome_scores",
        new ExpectedCounts.SourceExpectation(scoreCounts[0], scoreCounts[1], scoreCounts[2], scoreCounts[3]));

    int cpiRows =
        writeCpi(folder.resolve("cpi_CPIAUCSL.csv"), "observation_date", "CPIAUCSL",
                LocalDate.of(1947, 1, 1), LocalDate.of(2025, 9, 1), 21.48, false)
            + writeCpi(folder.resolve("cpi_CUSR0000SS62031.csv"), "DATE", "CUSR0000SS62031",
                LocalDate.of(1999, 1, 1), LocalDate.of(2022, 4, 1), 102.7, true);
    sources.put("cpi", new ExpectedCounts.SourceExpectation(cpiRows, cpiRows, 0, 0));

    tables.put("movies", (long) m + extra);
    tables.put("movie_link", (long) movielensMovies);
    tables.put("ratings", (long) ratingCounts[1]);
    tables.put("tags", (long) tagCounts[1]);
    tables.put("genome_tag", (long) GENOME_TAGS);
    tables.put("genome_score", (long) scoreCounts[1]);
    tables.put("cpi", (long) cpiRows);
    return new ExpectedCounts(sources, tables);
  }

  static int tmdbId(int index) {
    return 100 + index * 7;
  }

  private void writeMovieMetadata(Path file, int count, int shifted) throws IOException {
    try (Lines out = new Lines(file)) {
      out.write(
          "adult,belongs_to_collection,budget,genres,homepage,id,imdb_id,original_language,original_title,"
              + "overview,popularity,poster_path,production_companies,production_countries,release_date,"
              + "revenue,runtime,spoken_languages,status,tagline,title,video,vote_average,vote_count");
      String duplicate = null;
      int period = count / shifted;
      int strayQuoteAfter = count / 3 % period == 0 ? count / 3 + 1 : count / 3; // not before a shifted row
      for (int i = 1; i <= count; i++) {
        String row = metadataRow(i);
        out.write("\n" + row);
        if (i == count / 2) {
          duplicate = row;
        }
        if (i % period == 0 && i / period <= shifted) {
          out.write("\n" + shiftedRow(i));
        }
        if (i == strayQuoteAfter) {
          // A quote opens the language column and closes at the overview's: quarantined up to the next record.
          out.write("\n" + metadataRow(count + 1000).replaceFirst(",(en|fr),", ",\"$1,"));
        }
      }
      // The real file repeats a few ids verbatim; the load keeps one row.
      out.write("\n" + duplicate);
      // A row from a legacy export: a production company's name in Windows-1252.
      out.writeWindows1252("\n" + metadataRow(count + 1001).replaceFirst("Pictures", "Pictur\u00e9s"));
      // Like the real file: no newline after the last record.
    }
  }

  private String metadataRow(int i) {
    String title = title(i);
    List<String> genres = new ArrayList<>();
    int genreCount = i % 17 == 0 ? 0 : 1 + random.nextInt(3);
    for (int g = 0; g < genreCount; g++) {
      String[] genre = TMDB_GENRES[(i + g * 5) % TMDB_GENRES.length];
      genres.add("{'id': " + genre[0] + ", 'name': '" + genre[1] + "'}");
    }
    String collection =
        i % 9 == 0
            ? "{'id': " + (5000 + i) + ", 'name': " + pythonString(title + " Collection")
                + ", 'poster_path': None, 'backdrop_path': '/x" + i + ".jpg'}"
            : "";
    long budget = i % 5 < 2 ? 0 : 1_000_000L * (1 + random.nextInt(200));
    long revenue = i % 5 == 0 ? 0 : 1_000L * random.nextInt(900_000);
    String releaseDate = i % 97 == 0 ? "" : randomDate(1950, 2023).toString();
    String overview =
        i % 11 == 0
            ? "When \"" + title + "\" begins, nobody knows.\nA second line, with a comma, follows."
            : "A story about " + title.toLowerCase(Locale.ROOT) + ", told in " + (80 + i % 60) + " minutes.";
    return Csv.line(
        i % 101 == 0 ? "True" : "False",
        collection,
        String.valueOf(budget),
        "[" + String.join(", ", genres) + "]",
        i % 3 == 0 ? "http://example.org/" + i : "",
        String.valueOf(tmdbId(i)),
        String.format(Locale.ROOT, "tt%07d", 100_000 + i),
        i % 7 == 0 ? "fr" : "en",
        i % 7 == 0 ? "Le " + title : title,
        overview,
        String.format(Locale.ROOT, "%.6f", random.nextDouble() * 40),
        "/p" + i + ".jpg",
        "[{'name': " + pythonString(WORDS[i % WORDS.length] + " Pictures") + ", 'id': " + (i % 50) + "}]",
        "[{'iso_3166_1': 'US', 'name': 'United States of America'}]",
        releaseDate,
        String.valueOf(revenue),
        String.format(Locale.ROOT, "%.1f", 70.0 + random.nextInt(90)),
        "[{'iso_639_1': 'en', 'name': 'English'}]",
        "Released",
        i % 4 == 0 ? "Tagline, with \"quotes\"" : "",
        title,
        "False",
        String.format(Locale.ROOT, "%.1f", random.nextInt(101) / 10.0),
        String.valueOf(random.nextInt(10_000)));
  }

  /** A row whose overview swallowed a separator: every column after it moves left, the id holds a date. */
  private String shiftedRow(int i) {
    return Csv.line(
        " - Written by \u00d8rn\u00e5s", "0.065736", "/ff9qCepilowshEtG2GYWwzt2bs4.jpg",
        "[{'name': 'Carousel Productions', 'id': 11176}]", "[{'iso_3166_1': 'CA', 'name': 'Canada'}]",
        "1997-08-20", "0", "104.0", "[{'iso_639_1': 'en', 'name': 'English'}]", "Released", "", "Shifted " + i,
        "False", "6.0", "1", "", "", "", "", "", "", "", "", "");
  }

  private void writeMovielensMovies(Path file, int count) throws IOException {
    try (Lines out = new Lines(file)) {
      out.write("movieId,title,genres\r\n");
      for (int id = 1; id <= count; id++) {
        String title = id <= movies ? title(id) : "MovieLens Only " + title(id);
        String titled = id % 23 == 0 ? title : title + " (" + (1950 + id % 74) + ")";
        if (id % 31 == 0) {
          titled = title + ", The (Original Cut) (" + (1950 + id % 74) + ")";
        }
        String genres;
        if (id % 29 == 0) {
          genres = "(no genres listed)";
        } else {
          genres =
              MOVIELENS_GENRES[id % MOVIELENS_GENRES.length] + "|"
                  + MOVIELENS_GENRES[(id * 7 + 3) % MOVIELENS_GENRES.length];
          if (MOVIELENS_GENRES[id % MOVIELENS_GENRES.length]
              .equals(MOVIELENS_GENRES[(id * 7 + 3) % MOVIELENS_GENRES.length])) {
            genres = MOVIELENS_GENRES[id % MOVIELENS_GENRES.length];
          }
        }
        out.write(Csv.line(String.valueOf(id), titled, genres) + "\r\n");
      }
    }
  }

  private void writeLinks(Path file, int m, int extra, int blank) throws IOException {
    try (Lines out = new Lines(file)) {
      out.write("movieId,imdbId,tmdbId\r\n");
      for (int id = 1; id <= m + extra + 1 + blank; id++) {
        String tmdb;
        if (id <= m + extra) {
          tmdb = String.valueOf(tmdbId(id));
        } else if (id == m + extra + 1) {
          tmdb = String.valueOf(tmdbId(m + extra)); // two MovieLens ids, one TMDB movie
        } else {
          tmdb = "";
        }
        out.write(String.format(Locale.ROOT, "%d,%07d,%s\r\n", id, 100_000 + id, tmdb));
      }
    }
  }

  /** Returns {read, loaded, duplicates, quarantined}. */
  private int[] writeRatings(Path file, int linkedMovies, int blankMovies) throws IOException {
    int perUser = Math.min(100, linkedMovies);
    int step = coprimeStep(linkedMovies);
    int duplicates = Math.max(1, ratings / 5000);
    int bad = Math.max(2, ratings / 5000);
    int unlinked = Math.max(1, ratings / 20_000);
    int read = 0;
    try (Lines out = new Lines(file)) {
      out.write("userId,movieId,rating,timestamp\r\n");
      out.write("1,\"2,3.0,964982703\r\n"); // a stray quote: the line is quarantined, the next one is read
      read++;
      for (int j = 0; j < ratings; j++) {
        int user = j / perUser + 1;
        int movie = (int) (((long) user * 7919 + (long) (j % perUser) * step) % linkedMovies) + 1;
        long ts = RATINGS_FROM + random.nextLong(RATINGS_SPAN);
        out.write(user + "," + movie + "," + (1 + random.nextInt(10)) / 2.0 + "," + ts + "\r\n");
        read++;
        if (j < duplicates * 97 && j % 97 == 0) {
          // The same user re-rates the same movie later: the later rating wins.
          out.write(user + "," + movie + "," + (1 + random.nextInt(10)) / 2.0 + "," + (ts + 3600) + "\r\n");
          read++;
        }
        if (j == ratings / 2) {
          out.writeWindows1252("7,1,4\u20135,1100000000\r\n"); // an en dash in Windows-1252: not UTF-8
          read++;
        }
      }
      for (int b = 0; b < bad; b++) {
        out.write(b % 2 == 0 ? "7,1,6.0,1100000000\r\n" : "x7,1,4.0,1100000000\r\n");
        read++;
      }
      for (int u = 0; u < unlinked; u++) {
        out.write((u + 1) + "," + (linkedMovies + 1 + u % blankMovies) + ",3.5,1200000000\r\n");
        read++;
      }
    }
    return new int[] {read, ratings, duplicates, bad + unlinked + 2};
  }

  /** Returns {read, loaded, duplicates, quarantined}. */
  private int[] writeTags(Path file, int linkedMovies) throws IOException {
    int count = Math.max(400, ratings / 30);
    int perUser = Math.min(20, linkedMovies);
    int step = coprimeStep(linkedMovies);
    int read = 0;
    try (Lines out = new Lines(file)) {
      out.write("userId,movieId,tag,timestamp\r\n");
      out.writeWindows1252("3,1,caf\u00e9 noir,1300000000\r\n"); // Windows-1252: not UTF-8
      read++;
      for (int j = 0; j < count; j++) {
        int user = j / perUser + 1;
        int movie = (int) (((long) user * 104_729 + (long) (j % perUser) * step) % linkedMovies) + 1;
        String tag = TAG_WORDS[j % TAG_WORDS.length];
        long ts = RATINGS_FROM + random.nextLong(RATINGS_SPAN);
        out.write(Csv.line(String.valueOf(user), String.valueOf(movie), tag, String.valueOf(ts)) + "\r\n");
        read++;
        if (j == 0) {
          // Tagged twice: the later timestamp wins.
          out.write(Csv.line(String.valueOf(user), String.valueOf(movie), tag, String.valueOf(ts + 60)) + "\r\n");
          read++;
        }
      }
      out.write("3,1,,1300000000\r\n"); // an empty tag
      out.write("3,1,\"unclosed tag,1300000000\r\n"); // a stray quote in the last record
      read += 2;
    }
    return new int[] {read, count, 1, 3};
  }

  /** Every tag once, then a correction of one tag (the later record wins) and an empty tag. LF line ends. */
  private void writeGenomeTags(Path file) throws IOException {
    try (Lines out = new Lines(file)) {
      out.write("tagId,tag\n");
      for (int id = 1; id <= GENOME_TAGS; id++) {
        out.write(Csv.line(String.valueOf(id), genomeTag(id)) + "\n");
      }
      out.write(Csv.line("12", genomeTag(12) + " (corrected)") + "\n");
      out.write((GENOME_TAGS + 1) + ",\n"); // an empty tag: quarantined, and so is any score for it
    }
  }

  /** Tags like the genome's: words, some with a comma or quotes, each distinct. */
  private static String genomeTag(int id) {
    String word = TAG_WORDS[id % TAG_WORDS.length];
    if (id == 5) {
      return "dark comedy, satire";
    }
    if (id == 6) {
      return "\"so bad it's good\"";
    }
    return id <= TAG_WORDS.length ? word : word + " " + id / TAG_WORDS.length + "." + id % TAG_WORDS.length;
  }

  /**
   * Every genome tag scored for each of {@code genomeMovies} MovieLens movies spread over the linked ones, sorted
   * by movie and tag like ml-25m, relevances in steps of 1/4000 with the float noise of the real file; then the
   * bad rows and a re-score (the later record wins). Returns {read, loaded, duplicates, quarantined}.
   */
  private int[] writeGenomeScores(Path file, int genomeMovies, int linkedMovies, int movielensMovies)
      throws IOException {
    int scored = Math.min(genomeMovies, linkedMovies);
    int step = linkedMovies / scored;
    try (Lines out = new Lines(file)) {
      out.write("movieId,tagId,relevance\n");
      StringBuilder row = new StringBuilder(64);
      for (int k = 0; k < scored; k++) {
        int movie = 1 + k * step;
        for (int tag = 1; tag <= GENOME_TAGS; tag++) {
          // Skewed to low relevance, as the genome is; from 0.001 up so no value prints in E notation.
          int quarters = 4 + (int) (3_996 * Math.pow(random.nextDouble(), 3));
          row.setLength(0);
          row.append(movie).append(',').append(tag).append(',').append(quarters * 0.00025).append('\n');
          out.write(row.toString());
        }
      }
      out.write("1,1,1.25\n"); // relevance above 1
      out.write("1,2,-0.5\n"); // relevance below 0
      out.write("1," + (GENOME_TAGS + 1) + ",0.5\n"); // the empty tag's id: not a genome tag
      out.write((linkedMovies + 1) + ",1,0.5\n"); // a movie without a tmdbId
      out.write((movielensMovies + 10) + ",1,0.5\n"); // a movie outside the crosswalk
      out.write("1,\"3,0.5\n"); // a stray quote
      out.write("1,4,0.75\n"); // re-scored: the later record wins
    }
    long scores = (long) scored * GENOME_TAGS;
    return new int[] {(int) scores + 7, (int) scores, 1, 6};
  }

  private int writeCpi(
      Path file, String dateHeader, String series, LocalDate from, LocalDate to, double start, boolean withGap)
      throws IOException {
    int rows = 0;
    double value = start;
    try (Lines out = new Lines(file)) {
      out.write(dateHeader + "," + series);
      for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
        value *= 1.0 + random.nextDouble() * 0.006;
        boolean gap = withGap && rows == 7;
        out.write("\n" + month + "," + (gap ? "." : String.format(Locale.ROOT, "%.3f", value)));
        rows++;
      }
    }
    return rows;
  }

  private String title(int i) {
    String a = WORDS[i % WORDS.length];
    String b = WORDS[(i / WORDS.length + 3) % WORDS.length];
    String base = i % 13 == 0 ? "The " + a + "'s " + b : a + " " + b;
    return base + " " + i;
  }

  private LocalDate randomDate(int fromYear, int toYear) {
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay());
    return from.plusDays(random.nextInt(days + 1));
  }

  /** Text lines in UTF-8, and the odd line in Windows-1252 as a legacy export holds it. */
  private static final class Lines implements Closeable {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final OutputStream out;

    Lines(Path file) throws IOException {
      out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    void writeWindows1252(String text) throws IOException {
      out.write(text.getBytes(WINDOWS_1252));
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Python's repr of a string: single quotes unless the text holds one. */
  private static String pythonString(String s) {
    return s.contains("'") ? "\"" + s.replace("\"", "\\\"") + "\"" : "'" + s + "'";
  }

  /** A step that walks all of 0..n-1 before repeating, so one user never rates a movie twice by accident. */
  private static int coprimeStep(int n) {
    int step = n / 3 + 1;
    while (gcd(step, n) != 1) {
      step++;
    }
    return step;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
