package com.movielytics.pipeline;

import com.movielytics.pipeline.report.ReportOptions;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * What {@code --help}, {@code help} and {@code <command> --help} print: the commands, then the command's own
 * options with their defaults, the runner's and AWS options this tool uses, and examples that work as written.
 * Descriptions and defaults are read from the options interfaces, so the help cannot drift from them.
 */
final class CommandLineHelp {
  /** One option as the help lists it. */
  record Option(String name, String defaultValue, String description) {}

  /** Beam's options a user of this tool needs, listed where the runner in the jar knows them. */
  private static final List<String> RUNNER_OPTIONS =
      List.of("runner", "awsRegion", "targetParallelism", "sparkMaster", "flinkMaster", "parallelism");

  private CommandLineHelp() {}

  /**
   * The whole help, or one command's ({@code run}, {@code land}, ...); an unknown command gets the overview.
   * {@code runner} is the runner this jar runs on unless told otherwise.
   */
  static String text(String command, String jar, String runner) {
    StringBuilder help = new StringBuilder();
    help.append("usage: java -jar ").append(jar).append(" [run|land|generate|serve|graph|report|help] [--option=value ...]\n")
        .append("\ncommands:\n")
        .append("  run       load what is new under --inputPrefix into the warehouse (the default command)\n")
        .append("  land      upload a folder's files to --inputPrefix as <yyyyMMddHHmmss>_<name>\n")
        .append("  generate  write synthetic input in the sources' formats, bad rows included\n")
        .append("  serve     start the embedded warehouse on 127.0.0.1 (--port, default ")
        .append(EmbeddedWarehouse.SERVE_PORT).append(") for psql\n")
        .append("  graph     print the pipeline's steps for the input as Graphviz DOT (nothing runs)\n")
        .append("  report    write the warehouse's HTML report (runs, answers as charts, data dictionary) to a folder\n")
        .append("  help      this text; '<command> --help' for one command\n")
        .append("  (the benchmark runs from a source checkout: mvn -B verify -Pbenchmark -pl runners/portability -am)\n");
    switch (command) {
      case "land" -> {
        section(help, "land options", declared(LandOptions.class));
        section(help, "where to", named(MovielyticsOptions.class, "inputPrefix", "s3Endpoint", "s3PathStyle"));
        section(help, "AWS options (Beam's)",
            runnerOptions(runner).stream().filter(o -> o.name().equals("awsRegion")).toList());
        examples(help, jar, "land --from=./drop --inputPrefix=s3://my-bucket/landing/ --awsRegion=eu-west-1");
      }
      case "generate" -> {
        section(help, "generate options", declared(GenerateOptions.class));
        examples(help, jar, "generate --output=./big --ratings=1000000",
            "--inputPrefix=./big   # then load it");
      }
      case "serve" -> {
        section(help, "serve options", declared(ServeOptions.class));
        section(help, "", named(MovielyticsOptions.class, "workDir"));
        examples(help, jar, "serve --port=5433   # then: psql -h 127.0.0.1 -p 5433 -U postgres postgres");
      }
      case "report" -> {
        section(help, "report options", declared(ReportOptions.class));
        section(help, "which warehouse", named(MovielyticsOptions.class, "jdbcUrl", "jdbcUser", "jdbcPasswordEnv",
            "jdbcPasswordFile", "workDir"));
        examples(help, jar, "report   # the quickstart's embedded warehouse, into ./movielytics-report",
            "report --jdbcUrl=jdbc:postgresql://db:5432/movielytics --jdbcUser=analyst --output=/srv/reports/today",
            "--report   # a run that writes the report after a successful load");
      }
      case "graph" -> {
        section(help, "graph options", named(MovielyticsOptions.class, "inputPrefix", "workDir"));
        examples(help, jar, "graph --inputPrefix=./big > pipeline.dot");
      }
      default -> {
        section(help, "run options", declared(MovielyticsOptions.class));
        section(help, "runner and AWS options (Beam's)", runnerOptions(runner));
        examples(help, jar, "  # the bundled sample into the embedded warehouse under ./movielytics-data",
            "--inputPrefix=s3://my-bucket/landing/ --awsRegion=eu-west-1 "
                + "--jdbcUrl=jdbc:postgresql://db:5432/movielytics --jdbcUser=loader",
            "--dryRun --inputPrefix=s3://my-bucket/landing/ --awsRegion=eu-west-1");
      }
    }
    help.append("\nThe warehouse password comes from $MOVIELYTICS_JDBC_PASSWORD or --jdbcPasswordFile, never an "
        + "option value.\nEvery Beam option: --help=org.apache.beam.sdk.options.PipelineOptions (and the other "
        + "interfaces it lists).\n");
    return help.toString();
  }

  /** The options {@code type} itself declares, by name. */
  static List<Option> declared(Class<? extends PipelineOptions> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .map(CommandLineHelp::option)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(Option::name))
        .toList();
  }

  /** The Beam options a user of this tool needs that some interface registered in this jar declares. */
  static List<Option> runnerOptions(String runner) {
    List<Option> found = new ArrayList<>();
    for (String name : RUNNER_OPTIONS) {
      PipelineOptionsFactory.getRegisteredOptions().stream()
          .flatMap(type -> named(type, name).stream())
          .findFirst()
          .map(o -> switch (o.name()) {
            case "runner" -> new Option(o.name(), runner, o.description());
            case "targetParallelism" -> new Option(o.name(), o.defaultValue(), o.description()
                + " Unless given, the Direct jar uses 1 for a run that reads little, such as a day's delta"
                + " (README, Performance: What the runners add).");
            default -> o;
          })
          .ifPresent(found::add);
    }
    return found;
  }

  private static List<Option> named(Class<? extends PipelineOptions> type, String... names) {
    List<String> wanted = List.of(names);
    List<Option> options = new ArrayList<>();
    for (Method method : type.getMethods()) {
      option(method).filter(o -> wanted.contains(o.name())).ifPresent(options::add);
    }
    options.sort(Comparator.comparing(o -> wanted.indexOf(o.name())));
    return options;
  }

  private static Optional<Option> option(Method getter) {
    String name = getter.getName();
    int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
    Description description = getter.getAnnotation(Description.class);
    if (prefix == 0 || getter.getParameterCount() > 0 || description == null) {
      return Optional.empty();
    }
    String property = Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    return Optional.of(new Option(property, defaultOf(getter), description.value()));
  }

  /** The value of the getter's {@code @Default.*} annotation, or "" where it has none. */
  private static String defaultOf(Method getter) {
    for (Annotation annotation : getter.getAnnotations()) {
      if (annotation.annotationType().getEnclosingClass() == Default.class) {
        try {
          if (annotation instanceof Default.InstanceFactory) {
            return ""; // computed when asked for; the description says how
          }
          Object value = annotation.annotationType().getMethod("value").invoke(annotation);
          return value instanceof Class<?> c ? c.getSimpleName() : String.valueOf(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("a @Default without a value: " + annotation, e);
        }
      }
    }
    return "";
  }

  /** A titled list of options; an empty title continues the section before. */
  private static void section(StringBuilder help, String title, List<Option> options) {
    if (!title.isEmpty()) {
      help.append('\n').append(title).append(":\n");
    }
    for (Option option : options) {
      help.append("  --").append(option.name());
      if (!option.defaultValue().isEmpty()) {
        help.append(" (default ").append(option.defaultValue()).append(')');
      }
      help.append("\n      ").append(option.description()).append('\n');
    }
  }

  private static void examples(StringBuilder help, String jar, String... commandLines) {
    help.append("\nexamples:\n");
    for (String line : commandLines) {
      help.append("  java -jar ").append(jar).append(' ').append(line).append('\n');
    }
  }
}
