package com.movielytics.pipeline;

import com.movielytics.pipeline.generate.ExpectedCounts;
import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.report.ReportOptions;
import com.movielytics.pipeline.report.WriteReport;
import com.movielytics.transforms.read.ReadSettings;
import com.movielytics.transforms.warehouse.RunStart;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import com.movielytics.transforms.warehouse.WarehouseLoad;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.aws2.options.AwsOptions;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The command-line tool: {@code run} (the default) loads the warehouse, {@code land} uploads a folder's files to
 * the input prefix, {@code generate} writes a synthetic input folder, {@code serve} starts the embedded
 * warehouse for querying, {@code report} writes the HTML report of the warehouse.
 */
public final class Movielytics {
  private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private Movielytics() {}

  public static void main(String[] args) {
    main(args, RunTuning.NONE);
  }

  /**
   * Options a runner's jar sets once the plan says what a run reads, before the pipeline is built: the
   * DirectLauncher gives a small run one worker thread.
   */
  @FunctionalInterface
  public interface RunTuning {
    RunTuning NONE = (options, plan) -> {};

    void tune(PipelineOptions options, LoadPlan plan);
  }

  private static void main(String[] args, RunTuning tuning) {
    try {
      execute(args, tuning);
    } catch (UsageError e) {
      System.err.println("movielytics: " + e.getMessage() + " (see --help)");
      System.exit(2);
    } catch (Exception e) {
      // A data engineer needs the reason, not a stack trace: the failed run is already recorded in etl_run.
      System.err.println("movielytics: " + describe(e));
      System.exit(1);
    }
  }

  /**
   * The entry point of a runner's jar: {@code defaults} (e.g. {@code --runner=SparkRunner}) are added unless the
   * command line gives the same option, so the jar runs on its runner with no extra flag and any flag still wins.
   */
  public static void mainWithDefaults(String[] args, List<String> defaults) {
    mainWithDefaults(args, defaults, RunTuning.NONE);
  }

  /** As {@link #mainWithDefaults(String[], List)}, with options {@code tuning} sets once a run's plan is known. */
  public static void mainWithDefaults(String[] args, List<String> defaults, RunTuning tuning) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    for (String option : defaults) {
      if (!gives(args, option.substring(0, option.indexOf('=')))) {
        all.add(option);
      }
    }
    main(all.toArray(String[]::new), tuning);
  }

  /** Whether {@code args} give the option {@code name} (e.g. {@code --runner}), with a value or without. */
  public static boolean gives(String[] args, String name) {
    return Arrays.stream(args).anyMatch(a -> a.equals(name) || a.startsWith(name + "="));
  }

  private static void execute(String[] args, RunTuning tuning) throws Exception {
    PipelineOptionsFactory.register(MovielyticsOptions.class);
    PipelineOptionsFactory.register(GenerateOptions.class);
    PipelineOptionsFactory.register(LandOptions.class);
    PipelineOptionsFactory.register(ServeOptions.class);
    PipelineOptionsFactory.register(ReportOptions.class);
    boolean hasCommand = args.length > 0 && !args[0].startsWith("--");
    String command = hasCommand ? args[0] : "run";
    String[] rest = hasCommand ? Arrays.copyOfRange(args, 1, args.length) : args;
    if (command.equals("help") || Arrays.asList(rest).contains("--help")) {
      // --help=<Interface> is Beam's own help, which the option parser prints.
      String runner = Arrays.stream(rest).filter(a -> a.startsWith("--runner=")).map(a -> a.substring(9))
          .findFirst().orElse("DirectRunner");
      System.out.print(CommandLineHelp.text(
          command.equals("help") && rest.length > 0 && !rest[0].startsWith("--") ? rest[0] : command, jarPath(),
          runner));
      return;
    }
    switch (command) {
      case "run" -> {
        MovielyticsOptions options = parseOptions(rest, MovielyticsOptions.class);
        System.exit(run(options, System.out, tuning).succeeded() || options.getDryRun() ? 0 : 1);
      }
      case "land" -> land(parseOptions(rest, LandOptions.class), System.out);
      case "generate" -> {
        GenerateOptions options = parseOptions(rest, GenerateOptions.class);
        ExpectedCounts counts =
            SampleGenerator.generate(Path.of(options.getOutput()), options.getRatings(), options.getSeed());
        System.out.print(generated(options.getOutput(), counts));
      }
      case "serve" -> serve(parseOptions(rest, ServeOptions.class));
      case "report" -> report(parseOptions(rest, ReportOptions.class), System.out);
      case "graph" -> System.out.println(
          graph(parseOptions(rest, MovielyticsOptions.class), System.err));
      default -> throw new UsageError("unknown command '" + command + "': the commands are run, land, generate, "
          + "serve, graph, report and help");
    }
  }

  /** The command's options; an option Beam cannot read (unknown, malformed, an unknown runner) is a usage error. */
  private static <T extends PipelineOptions> T parseOptions(String[] args, Class<T> type) {
    try {
      return PipelineOptionsFactory.fromArgs(args).withValidation().as(type);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
  }

  /** What {@code generate} wrote: per source, the records a run will read and what it should make of them. */
  static String generated(String folder, ExpectedCounts counts) {
    StringBuilder table = new StringBuilder("Wrote " + folder + ". A first run over it should count:\n")
        .append(String.format(Locale.ROOT, "  %-17s %12s %12s %11s %12s%n", "source", "read", "loaded", "duplicates",
            "quarantined"));
    counts.sources().forEach((source, c) -> table.append(String.format(Locale.ROOT, "  %-17s %,12d %,12d %,11d %,12d%n",
        source, c.read(), c.loaded(), c.duplicates(), c.quarantined())));
    return table.toString();
  }

  /** Values Beam accepts by type but a run cannot use: refused before anything is started or written. */
  static void validate(MovielyticsOptions options) {
    double ratio = options.getMaxRejectRatio();
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new UsageError("--maxRejectRatio=" + ratio + " is outside 0-1 (the share of a source's records that "
          + "may be quarantined, e.g. 0.01)");
    }
    if (options.getMaxDataAgeHours() < 0) {
      throw new UsageError("--maxDataAgeHours=" + options.getMaxDataAgeHours() + " is negative (hours, or 0 for no "
          + "limit)");
    }
    if (options.getConnectTimeoutSeconds() < 1) {
      throw new UsageError("--connectTimeoutSeconds=" + options.getConnectTimeoutSeconds() + " is below 1 (seconds)");
    }
    if (options.getStatementTimeoutMinutes() < 0) {
      throw new UsageError("--statementTimeoutMinutes=" + options.getStatementTimeoutMinutes()
          + " is negative (minutes, or 0 for no limit)");
    }
    // The URL is not echoed: it may hold a password.
    if (options.getJdbcUrl() != null && !options.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      throw new UsageError("--jdbcUrl is not a PostgreSQL JDBC URL: expected jdbc:postgresql://host:port/database");
    }
  }

  /**
   * One run: from the files under the input prefix whose content the warehouse has not loaded (all of them with
   * --fullRefresh) to a checked warehouse, with a printed summary. With --dryRun, prints what it would read.
   */
  public static RunOutcome run(MovielyticsOptions options, PrintStream out) throws Exception {
    return run(options, out, RunTuning.NONE);
  }

  /** A run whose options {@code tuning} may set once the plan is known. */
  public static RunOutcome run(MovielyticsOptions options, PrintStream out, RunTuning tuning) throws Exception {
    validate(options);
    // Files are listed before the warehouse is started or touched: an input prefix without movies or ratings is a
    // usage error that writes nothing.
    InputFiles found = inputFiles(options, out);
    EmbeddedWarehouse embedded = null;
    try {
      WarehouseConnection server;
      if (options.getJdbcUrl() == null) {
        embedded = EmbeddedWarehouse.start(Path.of(options.getWorkDir()), 0);
        server = embedded.connection();
      } else {
        server = new WarehouseConnection(options.getJdbcUrl(), options.getJdbcUser(), password(options));
      }
      WarehouseConnection warehouse =
          server.withTimeouts(options.getConnectTimeoutSeconds(), options.getStatementTimeoutMinutes());
      if (options.getDryRun()) {
        out.printf("Dry run: what a run would read from %s into %s (nothing was written)%n", found.prefix(),
            warehouse);
        plan(options, warehouse, found).print(out, true);
        return new RunOutcome(null, "dry run");
      }
      String runId = newRunId();
      // One run at a time: a run plans after the last one committed, so no two runs load the same content.
      try (AutoCloseable runLock = WarehouseLoad.holdRunLock(warehouse, runId, out::println)) {
        WarehouseLoad.applySchema(warehouse);
        for (String orphan : WarehouseLoad.closeOrphanedRuns(warehouse)) {
          out.printf("Run %s had lost its process before recording an outcome: marked failed, its files are "
              + "pending%n", orphan);
        }
        LoadPlan plan = plan(options, warehouse, found);
        // What will be read is known before reading starts: said now, not with the summary minutes later.
        out.printf("Run %s reads from %s:%n", runId, found.prefix());
        plan.print(out, false);
        tuning.tune(options, plan);
        load(options, warehouse, runId, found, plan, out);
      }
      String status = RunSummary.print(out, warehouse, runId);
      String reportFolder = ReportOptions.outputFolder(options.as(ReportOptions.class));
      if (options.getReport() && status.equals("succeeded")) {
        printReport(out, WriteReport.write(warehouse, Path.of(reportFolder)));
      } else {
        String command = String.format("java -jar %s report %s--output=%s%s", jarPath(),
            embedded != null ? "--workDir=" + options.getWorkDir() + " " : "", reportFolder,
            embedded != null ? "" : " with this run's --jdbcUrl and --jdbcUser");
        out.println(options.getReport()
            ? "Report: not written, the run did not succeed; " + command + " writes it"
            : "Report: not written; " + command + " writes it, or add --report to a run");
      }
      if (embedded != null) {
        out.printf(
            "Warehouse: embedded PostgreSQL, data in %s%n  query it: java -jar %s serve --workDir=%s%n"
                + "  then:     psql -h 127.0.0.1 -p %d -U postgres postgres%n",
            embedded.dataDirectory(), jarPath(), options.getWorkDir(), EmbeddedWarehouse.SERVE_PORT);
      } else {
        out.printf("Warehouse: %s, schema movies%n", warehouse);
      }
      return new RunOutcome(runId, status);
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /** Which of the files found a run reads, from their content and the warehouse's manifest. */
  private static LoadPlan plan(MovielyticsOptions options, WarehouseConnection warehouse, InputFiles found)
      throws Exception {
    ReadSettings reading = MovielyticsOptions.readSettings(options);
    return LoadPlan.decide(found, WarehouseLoad.manifest(warehouse), file -> ContentHash.sha256(file, reading),
        options.getFullRefresh());
  }

  /** Starts the run in the warehouse and runs the pipeline over the files the plan reads, if any. */
  private static void load(
      MovielyticsOptions options, WarehouseConnection warehouse, String runId, InputFiles found, LoadPlan plan,
      PrintStream out) throws Exception {
    WarehouseLoad.startRun(
        warehouse,
        new RunStart(runId, options.getRunner().getSimpleName(), found.prefix(), options.getFullRefresh(),
            plan.files()));
    InputFiles files = found.only(plan.toRead());
    if (files.isEmpty()) {
      WarehouseLoad.finishNothingToLoad(warehouse, runId);
      return;
    }
    Pipeline pipeline = Pipeline.create(options);
    pipeline.apply(
        "LoadMovielytics",
        new LoadMovielytics(files, MovielyticsOptions.readSettings(options), runId, warehouse,
            MovielyticsOptions.qualityGates(options), !options.getFullRefresh()));
    try (StagingProgress progress = options.getQuiet() ? null : StagingProgress.start(out, warehouse, runId)) {
      PipelineResult.State state = pipeline.run().waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        WarehouseLoad.abandonRun(warehouse, runId, "pipeline ended " + state);
      }
    } catch (RuntimeException e) {
      WarehouseLoad.abandonRun(warehouse, runId, "pipeline failed: " + describe(e));
    }
  }

  /**
   * Writes the HTML report of the warehouse of --jdbcUrl, or of the embedded one under --workDir, which must have
   * been loaded before: the report never creates an empty warehouse.
   */
  private static void report(ReportOptions options, PrintStream out) throws Exception {
    validate(options);
    Path output = Path.of(ReportOptions.outputFolder(options));
    if (options.getJdbcUrl() != null) {
      WarehouseConnection warehouse = new WarehouseConnection(options.getJdbcUrl(), options.getJdbcUser(),
          password(options)).withTimeouts(options.getConnectTimeoutSeconds(), options.getStatementTimeoutMinutes());
      printReport(out, WriteReport.write(warehouse, output));
      return;
    }
    Path workDir = Path.of(options.getWorkDir());
    if (!Files.isDirectory(workDir.resolve("pgdata"))) {
      throw new UsageError("no embedded warehouse under --workDir=" + options.getWorkDir() + " (no pgdata folder): "
          + "run the pipeline first, or give the warehouse's --jdbcUrl");
    }
    try (EmbeddedWarehouse embedded = EmbeddedWarehouse.start(workDir, 0)) {
      printReport(out, WriteReport.write(embedded.connection(), output));
    }
  }

  private static void printReport(PrintStream out, Path index) {
    out.printf("Report: %s%n  open it in a browser: %s (self-contained: it fetches nothing)%n", index.getParent(),
        index.toAbsolutePath().toUri());
  }

  /** Uploads the files of --from to --inputPrefix under time-stamped keys and prints each with its hash. */
  public static void land(LandOptions options, PrintStream out) throws IOException {
    if (options.getInputPrefix() == null) {
      throw new UsageError("land needs --inputPrefix, e.g. s3://bucket/landing/");
    }
    configureS3(options);
    FileSystems.setDefaultPipelineOptions(options);
    List<LandFiles.Landed> landed;
    try {
      landed = LandFiles.land(Path.of(options.getFrom()), options.getInputPrefix(), Instant.now());
    } catch (IOException | RuntimeException e) {
      Optional<String> refusal = StoreRefusals.reason(e);
      if (refusal.isPresent()) {
        throw new UsageError("--inputPrefix=" + options.getInputPrefix() + " cannot be written: " + refusal.get());
      }
      throw e;
    }
    for (LandFiles.Landed file : landed) {
      out.printf("landed %s -> %s (%,d bytes, sha256 %s)%n", file.from(), file.uri(), file.sizeBytes(),
          file.sha256());
    }
  }

  /** The graph a run over the input would execute, as DOT; builds it without running it or connecting. */
  static String graph(MovielyticsOptions options, PrintStream log) throws IOException {
    if (options.getInputPrefix() != null) {
      return graph(options, inputFiles(options, log));
    }
    // The bundled sample's graph, from a copy in a temporary folder: graph writes nothing where it is run.
    Path sample = Files.createTempDirectory("movielytics-graph");
    try {
      SampleGenerator.sample(sample);
      options.setInputPrefix(sample.toString());
      return graph(options, inputFiles(options, log));
    } finally {
      try (var files = Files.list(sample)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(sample);
    }
  }

  private static String graph(MovielyticsOptions options, InputFiles files) {
    String jdbcUrl = options.getJdbcUrl() == null ? "jdbc:postgresql://embedded/postgres" : options.getJdbcUrl();
    Pipeline pipeline = Pipeline.create(options);
    pipeline.apply(
        "LoadMovielytics",
        new LoadMovielytics(files, MovielyticsOptions.readSettings(options), "graph",
            new WarehouseConnection(jdbcUrl, options.getJdbcUser(), null), MovielyticsOptions.qualityGates(options),
            !options.getFullRefresh()));
    return PipelineDiagram.dot(pipeline, 2);
  }

  private static void serve(ServeOptions options) throws IOException, InterruptedException {
    if (options.getPort() < 1 || options.getPort() > 65535) {
      throw new UsageError("--port=" + options.getPort() + " is not a TCP port (1-65535)");
    }
    try (EmbeddedWarehouse embedded = EmbeddedWarehouse.start(Path.of(options.getWorkDir()), options.getPort())) {
      System.out.printf(
          "Embedded warehouse on port %d (data in %s). Query it with:%n  psql -h 127.0.0.1 -p %d -U postgres "
              + "postgres -c 'select * from movies.etl_run'%nCtrl-C stops it.%n",
          embedded.port(), embedded.dataDirectory(), embedded.port());
      new CountDownLatch(1).await();
    }
  }

  /** The run's files: under --inputPrefix (local or S3), or the bundled sample. */
  private static InputFiles inputFiles(MovielyticsOptions options, PrintStream out) throws IOException {
    String prefix = options.getInputPrefix() == null ? bundledSample(options, out) : options.getInputPrefix();
    configureS3(options);
    FileSystems.setDefaultPipelineOptions(options);
    return InputFiles.discover(prefix, options);
  }

  private static String bundledSample(MovielyticsOptions options, PrintStream out) throws IOException {
    Path sample = Path.of(options.getWorkDir(), "sample").toAbsolutePath();
    if (!Files.exists(sample.resolve("ratings.csv"))) {
      out.println("Generating the bundled sample into " + sample);
      SampleGenerator.sample(sample);
    }
    return sample.toString();
  }

  private static void configureS3(MovielyticsOptions options) {
    if (options.getS3Endpoint() != null) {
      options.as(AwsOptions.class).setEndpoint(URI.create(options.getS3Endpoint()));
    }
    boolean pathStyle =
        options.getS3PathStyle() != null ? options.getS3PathStyle() : options.getS3Endpoint() != null;
    if (pathStyle) {
      options.as(S3Options.class).setS3ClientFactoryClass(PathStyleS3ClientBuilderFactory.class);
    }
  }

  /** The password from a file or an environment variable: never from the command line. */
  private static @Nullable String password(MovielyticsOptions options) throws IOException {
    if (options.getJdbcPasswordFile() != null) {
      return Files.readAllLines(Path.of(options.getJdbcPasswordFile()), StandardCharsets.UTF_8).stream()
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(options.getJdbcPasswordFile() + " is empty"));
    }
    return System.getenv(options.getJdbcPasswordEnv());
  }

  private static String newRunId() {
    byte[] suffix = new byte[3];
    new SecureRandom().nextBytes(suffix);
    return RUN_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + HexFormat.of().formatHex(suffix);
  }

  /** The outermost message that says something, and the root cause when it adds to it. */
  private static String describe(Throwable e) {
    Throwable outer = e;
    // Runners wrap the DoFn's exception; its message is the wrapped one's toString.
    while (outer.getCause() != null && outer.getMessage() != null
        && outer.getMessage().equals(outer.getCause().toString())) {
      outer = outer.getCause();
    }
    Throwable root = outer;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = label(outer);
    return root == outer || text.contains(String.valueOf(root.getMessage())) ? text : text + " (" + label(root) + ")";
  }

  private static String label(Throwable t) {
    return t instanceof IllegalArgumentException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static String jarPath() {
    try {
      return Path.of(Movielytics.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (Exception e) {
      return "movielytics.jar";
    }
  }
}
