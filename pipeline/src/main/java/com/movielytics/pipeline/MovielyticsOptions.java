package com.movielytics.pipeline;

import com.movielytics.transforms.read.ReadSettings;
import com.movielytics.transforms.warehouse.QualityGates;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * Everything a run can be told. Runner choice and the runner's own options ({@code --runner}, {@code
 * --sparkMaster}, ...) and AWS options ({@code --awsRegion}, {@code --awsCredentialsProvider}) are Beam's.
 * The warehouse password is never an option: it comes from an environment variable or a file.
 */
public interface MovielyticsOptions extends PipelineOptions {
  /**
   * How the run reads its files, from these options. On the DirectRunner, which has no backpressure, readers wait
   * while {@link ReadSettings#DIRECT_RUNNER_RECORDS_AWAITING_STAGING} parsed records wait for their staging write.
   */
  static ReadSettings readSettings(MovielyticsOptions options) {
    boolean directRunner = "DirectRunner".equals(options.getRunner().getSimpleName());
    return new ReadSettings(options.getMaxRecordBytes(), options.getReadAttempts(),
        ReadSettings.DEFAULT_INITIAL_BACKOFF_MILLIS, options.getSplitBytes(),
        directRunner ? ReadSettings.DIRECT_RUNNER_RECORDS_AWAITING_STAGING : 0);
  }

  /** The limits the final step holds the run's data to, from these options. */
  static QualityGates qualityGates(MovielyticsOptions options) {
    return new QualityGates(options.getMaxRejectRatio(), options.getMaxDataAgeHours());
  }

  /** The key prefix {@code land} gives each file (yyyyMMddHHmmss_), which every default file pattern accepts. */
  String LANDED = "(\\d{14}_)?";

  // File patterns accept a .gz suffix: Beam decompresses by extension while reading.
  @Description(
      "Where the raw CSVs are: a local folder or s3://bucket/prefix/. Default: the bundled sample, generated "
          + "deterministically into <workDir>/sample on first use.")
  String getInputPrefix();

  void setInputPrefix(String value);

  @Description(
      "JDBC URL of the PostgreSQL (15 or later) warehouse, e.g. jdbc:postgresql://db:5432/movielytics. "
          + "Default: an embedded PostgreSQL whose data stays in <workDir>/pgdata.")
  String getJdbcUrl();

  void setJdbcUrl(String value);

  @Description("Warehouse user.")
  @Default.String("postgres")
  String getJdbcUser();

  void setJdbcUser(String value);

  @Description("Name of the environment variable that holds the warehouse password (unset: no password).")
  @Default.String("MOVIELYTICS_JDBC_PASSWORD")
  String getJdbcPasswordEnv();

  void setJdbcPasswordEnv(String value);

  @Description("File whose first line is the warehouse password; takes precedence over --jdbcPasswordEnv.")
  String getJdbcPasswordFile();

  void setJdbcPasswordFile(String value);

  @Description("Seconds to wait for the warehouse to accept a connection and a login before the run fails.")
  @Default.Integer(WarehouseConnection.DEFAULT_CONNECT_TIMEOUT_SECONDS)
  int getConnectTimeoutSeconds();

  void setConnectTimeoutSeconds(int value);

  @Description("Minutes one SQL statement may run before PostgreSQL cancels it and the run fails (0: no limit); "
      + "a server silent for a minute longer is taken for gone.")
  @Default.Integer(WarehouseConnection.DEFAULT_STATEMENT_TIMEOUT_MINUTES)
  int getStatementTimeoutMinutes();

  void setStatementTimeoutMinutes(int value);

  @Description("Folder for the embedded warehouse's data and the bundled sample.")
  @Default.String("movielytics-data")
  String getWorkDir();

  void setWorkDir(String value);

  @Description(
      "Largest share of a source's records that may be quarantined; above it the run fails before the final "
          + "tables are touched.")
  @Default.Double(0.01)
  @Validation.Required
  Double getMaxRejectRatio();

  void setMaxRejectRatio(Double value);

  @Description(
      "Hours the newest rating in the warehouse may be old before the freshness check (ratings_fresh) warns; "
          + "a warning is printed and recorded, the run still succeeds. 0: no limit.")
  @Default.Integer(0)
  int getMaxDataAgeHours();

  void setMaxDataAgeHours(int value);

  @Description(
      "The most bytes one input record may hold. A record that grows past it without ending (a quote that never "
          + "closes) is quarantined up to the next line that starts a record; memory stays bounded by it.")
  @Default.Integer(ReadSettings.DEFAULT_MAX_RECORD_BYTES)
  int getMaxRecordBytes();

  void setMaxRecordBytes(int value);

  @Description(
      "How many times in a row reading a file may fail (a stream cut off, a reset, a timeout) before the run "
          + "fails; each retry waits twice as long as the last, from 0.5 s, and resumes where the stream broke.")
  @Default.Integer(ReadSettings.DEFAULT_READ_ATTEMPTS)
  int getReadAttempts();

  void setReadAttempts(int value);

  @Description(
      "Size of the byte ranges that workers read a big file in, side by side (files whose records are lines and "
          + "that are not compressed; the others are read whole).")
  @Default.Long(ReadSettings.DEFAULT_SPLIT_BYTES)
  long getSplitBytes();

  void setSplitBytes(long value);

  @Description("Endpoint of an S3-compatible store, e.g. http://127.0.0.1:9000 (default: AWS S3).")
  String getS3Endpoint();

  void setS3Endpoint(String value);

  @Description("Address buckets by path (http://host/bucket/key), as S3-compatible stores expect. "
      + "Default: true when --s3Endpoint is set.")
  Boolean getS3PathStyle();

  void setS3PathStyle(Boolean value);

  @Description(
      "Read every file again and rebuild the final tables from them in one transaction (readers see the old "
          + "tables until it commits). Default: read only files whose content the warehouse has not loaded.")
  @Default.Boolean(false)
  boolean getFullRefresh();

  void setFullRefresh(boolean value);

  @Description("Print no progress lines while the run loads (one every 5 s: rows staged per table and the rate).")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);

  @Description("After a successful load, write the HTML report (the report command) into --output "
      + "(default movielytics-report).")
  @Default.Boolean(false)
  boolean getReport();

  void setReport(boolean value);

  @Description("List the files a run would read and skip, and why, without writing to the warehouse.")
  @Default.Boolean(false)
  boolean getDryRun();

  void setDryRun(boolean value);

  @Description("Regular expression for TMDB movie metadata file names.")
  @Default.String(LANDED + "movies_metadata.*\\.csv(\\.gz)?")
  String getMoviesMetadataFiles();

  void setMoviesMetadataFiles(String value);

  @Description("Regular expression for MovieLens movies file names (movies.csv, movies_20240721.csv).")
  @Default.String(LANDED + "movies(_\\d{8})?\\.csv(\\.gz)?")
  String getMovielensMoviesFiles();

  void setMovielensMoviesFiles(String value);

  @Description("Regular expression for MovieLens links (crosswalk) file names.")
  @Default.String(LANDED + "links.*\\.csv(\\.gz)?")
  String getLinksFiles();

  void setLinksFiles(String value);

  @Description("Regular expression for MovieLens ratings file names (ratings.csv, ratings_20240721.csv).")
  @Default.String(LANDED + "ratings.*\\.csv(\\.gz)?")
  String getRatingsFiles();

  void setRatingsFiles(String value);

  @Description("Regular expression for MovieLens tags file names.")
  @Default.String(LANDED + "tags.*\\.csv(\\.gz)?")
  String getTagsFiles();

  void setTagsFiles(String value);

  @Description("Regular expression for MovieLens genome-tags file names.")
  @Default.String(LANDED + "genome[-_]tags.*\\.csv(\\.gz)?")
  String getGenomeTagsFiles();

  void setGenomeTagsFiles(String value);

  @Description("Regular expression for MovieLens genome-scores file names.")
  @Default.String(LANDED + "genome[-_]scores.*\\.csv(\\.gz)?")
  String getGenomeScoresFiles();

  void setGenomeScoresFiles(String value);

  @Description("Regular expression for FRED CPI series file names (cpi_CPIAUCSL.csv).")
  @Default.String(LANDED + "cpi.*\\.csv(\\.gz)?")
  String getCpiFiles();

  void setCpiFiles(String value);
}
