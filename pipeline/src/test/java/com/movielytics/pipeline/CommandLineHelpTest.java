package com.movielytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.apache.beam.sdk.options.Description;
import org.junit.jupiter.api.Test;

class CommandLineHelpTest {
  @Test
  void theOverviewNamesEveryCommandAndEveryRunOptionWithItsDefault() {
    String help = CommandLineHelp.text("run", "movielytics-direct.jar", "DirectRunner");
    for (String command : new String[] {"run", "land", "generate", "serve", "graph", "report", "help", "-Pbenchmark"}) {
      assertTrue(help.contains(command), command + " in\n" + help);
    }
    long described = Arrays.stream(MovielyticsOptions.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Description.class)).count();
    assertTrue(described > 20, "the run options are many: " + described);
    for (Method getter : MovielyticsOptions.class.getDeclaredMethods()) {
      if (getter.isAnnotationPresent(Description.class)) {
        String name = getter.getName().replaceFirst("^(get|is)", "");
        String option = "--" + Character.toLowerCase(name.charAt(0)) + name.substring(1);
        assertTrue(help.contains("\n  " + option + "\n") || help.contains("\n  " + option + " (default "),
            option + " in\n" + help);
      }
    }
    assertTrue(help.contains("--maxRejectRatio (default 0.01)"), help);
    assertTrue(help.contains("java -jar movielytics-direct.jar --inputPrefix=s3://"), help);
    assertTrue(!help.contains("Dataflow"), "no example of a runner this jar does not have");
  }

  @Test
  void theRunnerOptionsTheReadmeDocumentsAreListedWhereTheRunnerIsPresent() {
    String help = CommandLineHelp.text("run", "movielytics-direct.jar", "DirectRunner");
    assertTrue(help.contains("\n  --runner (default DirectRunner)"), help);
    assertTrue(help.contains("\n  --awsRegion"), help);
    assertTrue(help.contains("\n  --targetParallelism"), "the DirectRunner's, on the test classpath:\n" + help);
    assertTrue(help.contains("the Direct jar uses 1 for a run that reads little"), "its default in this jar:\n" + help);
  }

  @Test
  void aCommandsHelpListsItsOwnOptions() {
    String land = CommandLineHelp.text("land", "movielytics-direct.jar", "DirectRunner");
    assertTrue(land.contains("\n  --from\n"), land);
    assertTrue(land.contains("\n  --inputPrefix\n"), land);
    assertTrue(!land.contains("--maxRejectRatio"), "land's help holds land's options only:\n" + land);
    String generate = CommandLineHelp.text("generate", "movielytics-direct.jar", "DirectRunner");
    assertTrue(generate.contains("\n  --ratings"), generate);
    assertTrue(generate.contains("generate --output=./big --ratings=1000000"), generate);
    String report = CommandLineHelp.text("report", "movielytics-direct.jar", "DirectRunner");
    assertTrue(report.contains("\n  --output\n      Folder the HTML report is written into"), report);
    assertTrue(report.contains("\n  --jdbcUrl\n"), report);
    assertTrue(report.contains("java -jar movielytics-direct.jar report --jdbcUrl="), report);
  }
}
