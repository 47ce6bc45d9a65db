package com.movielytics.pipeline.report;

/** The report's pages, in the order of its navigation bar. */
enum ReportPage {
  RUNS("index.html", "Runs"),
  WAREHOUSE("warehouse.html", "Warehouse"),
  DATA_DICTIONARY("dictionary.html", "Data dictionary");

  private final String file;
  private final String title;

  ReportPage(String file, String title) {
    this.file = file;
    this.title = title;
  }

  String file() {
    return file;
  }

  String title() {
    return title;
  }
}
