package com.movielytics.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartTest {
  private static long marks(String svg) {
    return Pattern.compile("class=\"(edge )?mark\"").matcher(svg).results().count();
  }

  @Test
  void aBarPerValueWithItsLabelAndValueInItsTitle() {
    String svg = SvgChart.bars("Profit", List.of("Drama", "Horror <cheap>"), List.of(1.5e9, -2.0e6), "");
    assertEquals(2, marks(svg));
    assertTrue(svg.contains("<title>Drama: 1.5B</title>"), svg);
    assertTrue(svg.contains("<title>Horror &lt;cheap&gt;: -2.0M</title>"), "labels are escaped: " + svg);
  }

  @Test
  void stackedColumnsDrawEachNonEmptySegmentAndLinesSkipGaps() {
    Map<String, List<Double>> phases = new LinkedHashMap<>();
    phases.put("stage", List.of(10.0, 2.0));
    phases.put("upsert", Arrays.asList(null, 1.0));
    assertEquals(3, marks(SvgChart.stackedColumns("Phases", List.of("run 1", "run 2"), phases, "s", true)));

    Map<String, List<Double>> lines = new LinkedHashMap<>();
    lines.put("Drama", Arrays.asList(0.1, null, 0.3));
    String svg = SvgChart.lines("Share", List.of("2000", "2001", "2002"), lines, "");
    assertEquals(2, marks(svg));
    assertTrue(svg.contains("d=\"M") && svg.contains(" M"), "a gap starts a new stroke: " + svg);
  }

  @Test
  void theValueAxisStartsAtZeroAndStepsByOneTwoOrFive() {
    SvgChart.Scale scale = SvgChart.Scale.of(List.of(3.7, 7.9), 0, 100);
    assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0), scale.ticks()); // at most 4 steps
    assertEquals(0, scale.at(0), 1e-9);
    assertEquals(100, scale.at(8), 1e-9);
    SvgChart.Scale negative = SvgChart.Scale.of(List.of(-120.0, 40.0), 0, 100);
    assertEquals(-150.0, negative.ticks().get(0));
    assertFalse(SvgChart.Scale.of(List.of(), 0, 1).ticks().isEmpty(), "an empty chart still has an axis");
  }

  @Test
  void axisNumbersAreShort() {
    assertEquals("12.3k", SvgChart.number(12_345));
    assertEquals("4.5M", SvgChart.number(4_500_000));
    assertEquals("2,500", SvgChart.number(2_500));
    assertEquals("0.25", SvgChart.number(0.25));
    assertEquals("3", SvgChart.number(3));
  }
}
