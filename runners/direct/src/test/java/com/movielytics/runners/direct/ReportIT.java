package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.report.WriteReport;
import com.movielytics.pipeline.testing.TestWarehouse;
import com.movielytics.transforms.warehouse.QualityCheck;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report, written by {@code run --report} after a load of the sample and opened in a real headless
 * browser (Debian's chromium through its chromedriver): it renders without errors, fetches nothing, draws every
 * chart, and shows the figures the warehouse holds. A second report, after a run whose check failed, shows the
 * failure. Screenshots of the pages are kept in target/report-screenshots.
 */
class ReportIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
  private static final List<String> PAGES = List.of("index.html", "warehouse.html", "dictionary.html");
  private static final Pattern REQUESTED_URL = Pattern.compile("\"request\":\\{.*?\"url\":\"([^\"]*)\"");

  @TempDir static Path workDir;
  static TestWarehouse warehouse;
  static ChromeDriver browser;
  static Path report;
  static Path failedReport;
  static String loadedRunId;
  static String failedRunId;

  @BeforeAll
  static void loadTheSampleAndWriteTheReports() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "ReportIT skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium "
            + "chromium-driver; .ci/run installs them)");
    warehouse = TestWarehouse.start(workDir.resolve("warehouse"));
    Path sample = workDir.resolve("sample");
    SampleGenerator.sample(sample);
    report = workDir.resolve("report");
    Runs.Result loaded = Runs.run(warehouse, workDir, sample.toString(), "--report", "--output=" + report);
    assertTrue(loaded.outcome().succeeded(), loaded.summary());
    assertTrue(loaded.summary().contains("open it in a browser: " + report.resolve("index.html").toUri()),
        loaded.summary());
    loadedRunId = loaded.outcome().runId();

    // A crosswalk row pointing at a movie no source describes: movie_link_movie_exists fails the next run.
    Files.writeString(sample.resolve("links_20240722.csv"), "movieId,imdbId,tmdbId\n999999,0999999,77777777\n");
    Runs.Result failed = Runs.run(warehouse, workDir, sample.toString(), "--report", "--output=" + report);
    assertFalse(failed.outcome().succeeded(), failed.summary());
    assertTrue(failed.summary().contains("Report: not written, the run did not succeed;"), "--report writes after a successful load only");
    failedRunId = failed.outcome().runId();
    failedReport = WriteReport.write(warehouse.connection(), workDir.resolve("failed-report")).getParent();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // No background traffic: the test counts every request the pages make, and the machine has no network.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,2000", "--user-data-dir=" + Files.createDirectories(workDir.resolve("chromium")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    Runs.closeAll(warehouse);
  }

  /** Opens a page and returns every URL it requested; fails on any console message of level SEVERE. */
  private static List<String> open(Path folder, String page) {
    browser.manage().logs().get(LogType.PERFORMANCE); // drop what earlier pages logged
    browser.get(folder.resolve(page).toUri().toString());
    List<String> severe = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(entry.getMessage());
      }
    }
    assertEquals(List.of(), severe, page + " logged errors to the console");
    List<String> requested = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
      if (entry.getMessage().contains("\"Network.requestWillBeSent\"")) {
        Matcher url = REQUESTED_URL.matcher(entry.getMessage());
        assertTrue(url.find(), entry.getMessage());
        requested.add(url.group(1));
      }
    }
    return requested;
  }

  private static void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void everyPageRendersEveryChartAndFetchesNothing() throws Exception {
    for (String page : PAGES) {
      List<String> requested = open(report, page);
      assertEquals(List.of(report.resolve(page).toUri().toString()), requested.stream().distinct().toList(),
          page + " requested something besides itself");
      List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
      assertFalse(charts.isEmpty(), page + " has no chart");
      for (WebElement chart : charts) {
        assertFalse(chart.findElements(By.cssSelector(".mark")).isEmpty(),
            page + ": the chart '" + chart.getAttribute("aria-label") + "' draws nothing");
        assertTrue(chart.getRect().getWidth() > 100, page + ": a chart is not laid out");
      }
      assertEquals(List.of(), browser.findElements(By.cssSelector(".absent")).stream().map(WebElement::getText)
          .toList(), page + " says that something is missing from a loaded warehouse");
      screenshot(page.replace(".html", ".png"));
    }
  }

  @Test
  void theFiguresShownAreTheWarehouses() throws Exception {
    open(report, "index.html");
    long ratingsLoaded = (Long) warehouse.query("SELECT c.loaded FROM movies.etl_run r, jsonb_to_recordset("
        + "r.source_counts) AS c(source text, loaded bigint) WHERE r.run_id = ? AND c.source = 'ratings'",
        loadedRunId).get(0).get(0);
    assertEquals(String.format("%,d", ratingsLoaded), text("#newest-run-ratings-loaded"));
    assertTrue(ratingsLoaded > 10_000, "the sample's ratings: " + ratingsLoaded);
    assertEquals(loadedRunId, text("#newest-run code"));
    assertEquals("succeeded", text("#newest-run-status"));
    assertEquals(String.valueOf(warehouse.count("movies.quality_result WHERE run_id = '" + loadedRunId
        + "' AND NOT passed AND severity = 'error'")), text("#newest-run-failed-checks"));
    assertEquals(String.format("%,d", warehouse.count("movies.quarantine WHERE run_id = '" + loadedRunId + "'")),
        text("#newest-run-quarantined"));

    // The quarantine groups by reason code: one row per source and code, their records adding up.
    List<List<Object>> groups = warehouse.query("SELECT source, reason_code, count(*) FROM movies.quarantine "
        + "WHERE run_id = ? GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2", loadedRunId);
    assertFalse(groups.stream().anyMatch(g -> g.get(1).equals("other")), "every reason has its code: " + groups);
    List<WebElement> shown = browser.findElements(By.cssSelector("#quarantine-by-reason tbody tr"));
    assertEquals(groups.size(), shown.size());
    for (int i = 0; i < groups.size(); i++) {
      assertEquals(groups.get(i).get(1), shown.get(i).findElement(By.cssSelector("[data-column=reason_code]"))
          .getText());
      assertEquals(String.format("%,d", (Long) groups.get(i).get(2)),
          shown.get(i).findElement(By.cssSelector("[data-column=records]")).getText());
    }

    open(report, "warehouse.html");
    assertEquals(warehouse.query("SELECT title FROM movies.top_rated_movies WHERE rank = 1 ORDER BY movie_id")
        .get(0).get(0), text("#top-rated-movies tbody tr:first-child td[data-column=title]"));
    // Read from the per-movie mart, the averages by genre and release quarter are those of the ratings themselves.
    List<String> fromRatings = warehouse.query("WITH r AS MATERIALIZED (SELECT g.genre_name, extract(quarter FROM "
            + "m.release_date)::int AS q, r.rating FROM movies.ratings r JOIN movies.movie_genre mg USING (movie_id) "
            + "JOIN movies.genre g USING (genre_id) JOIN movies.movies m USING (movie_id)), top AS (SELECT genre_name "
            + "FROM r GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 6) SELECT genre_name || ' Q' || q || ' ' || "
            + "round(avg(rating), 2) FROM r JOIN top USING (genre_name) WHERE q IS NOT NULL GROUP BY genre_name, q "
            + "ORDER BY genre_name, q").stream().map(row -> (String) row.get(0)).toList();
    assertEquals(fromRatings, browser.findElements(By.cssSelector("#genre-rating-by-release-quarter tbody tr"))
        .stream().map(tr -> tr.findElement(By.cssSelector("[data-column=genre_name]")).getText() + " Q"
            + tr.findElement(By.cssSelector("[data-column=release_quarter]")).getText() + " "
            + tr.findElement(By.cssSelector("[data-column=average_rating]")).getText()).toList());
    assertEquals(warehouse.count("movies.genre_profitability"),
        browser.findElements(By.cssSelector("#genre-profitability tbody tr")).size());
  }

  /** Every table and view of the analysts' schema with every column, and an edge per checked relationship. */
  @Test
  void theDataDictionaryListsEveryColumnAndEveryCheckedRelationship() throws Exception {
    open(report, "dictionary.html");
    List<List<Object>> columns = warehouse.query("SELECT table_name, column_name FROM information_schema.columns "
        + "WHERE table_schema = 'movies' ORDER BY table_name, ordinal_position");
    assertTrue(columns.size() > 100, "columns of movies: " + columns.size());
    for (List<Object> column : columns) {
      String relation = "movies." + column.get(0);
      List<String> shown = browser.findElements(By.cssSelector(
          "section[data-relation='" + relation + "'] td[data-column=column]")).stream().map(WebElement::getText)
          .toList();
      assertTrue(shown.contains((String) column.get(1)), relation + "." + column.get(1) + " is not listed: " + shown);
    }
    List<QualityCheck.Reference> references =
        QualityCheck.all().stream().flatMap(c -> c.references().stream()).toList();
    assertEquals(14, references.size());
    for (QualityCheck.Reference r : references) {
      assertEquals(1, browser.findElements(By.cssSelector(
              "svg.erd g.edge-group[data-from='" + r.table() + "'][data-to='" + r.target() + "']")).size(),
          "no edge " + r);
    }
    assertEquals(references.stream().map(r -> r.table() + ">" + r.target()).distinct().count(),
        browser.findElements(By.cssSelector("svg.erd g.edge-group")).size());
  }

  @Test
  void aFailedRunShowsTheFailedCheckAndAnExampleKey() throws Exception {
    open(failedReport, "index.html");
    assertEquals(failedRunId, text("#newest-run code"));
    assertEquals("failed", text("#newest-run-status"));
    assertEquals("1", text("#newest-run-failed-checks"));
    assertTrue(text("#newest-run-error").contains("movie_link_movie_exists"), text("#newest-run-error"));
    List<WebElement> failed = browser.findElements(By.cssSelector("#quality-results tr.failed"));
    assertEquals(1, failed.size());
    assertEquals("movie_link_movie_exists", failed.get(0).findElement(By.cssSelector("[data-column=check_name]"))
        .getText());
    assertEquals(warehouse.query("SELECT example FROM movies.quality_result WHERE run_id = ? AND NOT passed",
            failedRunId).get(0).get(0),
        failed.get(0).findElement(By.cssSelector("[data-column=example]")).getText());
    screenshot("index-failed-run.png");
  }

  /** A warehouse no run has loaded: each page says what is missing, and none fails. */
  @Test
  void aWarehouseWithoutRunsGetsPagesThatSaySo() throws Exception {
    Path empty = WriteReport.write(warehouse.newDatabase("never_loaded").connection(), workDir.resolve("empty"))
        .getParent();
    for (String page : PAGES) {
      open(empty, page);
      assertFalse(browser.findElements(By.cssSelector(".absent")).isEmpty(), page + " does not say what is missing");
    }
    assertTrue(text(".absent").contains("no schema movies"), text(".absent"));
  }

  /** An analyst may not read the run log in full: the Runs page says so, the analysts' pages are complete. */
  @Test
  void anAnalystGetsTheWarehouseAndTheDictionaryAndIsToldWhyNotTheRuns() throws Exception {
    try (Connection c = warehouse.asAdmin().connection().open(); Statement s = c.createStatement()) {
      s.execute("DROP ROLE IF EXISTS report_reader");
      s.execute("CREATE ROLE report_reader LOGIN IN ROLE analyst");
    }
    WarehouseConnection analyst = new WarehouseConnection(
        warehouse.jdbcUrl().replaceFirst("([?&]user=)[^&]*", "$1report_reader"), "report_reader", null);
    Path folder = WriteReport.write(analyst, workDir.resolve("analyst")).getParent();
    open(folder, "index.html");
    assertTrue(text(".absent").contains("may not read the run log in full"), text(".absent"));
    open(folder, "dictionary.html");
    assertEquals(List.of(), browser.findElements(By.cssSelector(".absent")));
    open(folder, "warehouse.html");
    assertEquals(List.of(), browser.findElements(By.cssSelector(".absent")));
    assertEquals(warehouse.query("SELECT title FROM movies.top_rated_movies WHERE rank = 1 ORDER BY movie_id")
        .get(0).get(0), text("#top-rated-movies tbody tr:first-child td[data-column=title]"));
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }
}
