package com.movielytics.transforms.warehouse;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where the warehouse is and how to log in. It travels with the pipeline to the workers; {@link #toString()}
 * never shows the password, so it cannot reach a log.
 */
public final class WarehouseConnection implements Serializable {
  private static final String DRIVER = "org.postgresql.Driver";
  private static final Pattern USER_IN_URL = Pattern.compile("[?&]user=([^&]*)");

  private final String jdbcUrl;
  private final String user;
  private final @Nullable String password;

  /** {@code user} unless the URL names one: the driver logs in as the URL's, so that is the one to report. */
  public WarehouseConnection(String jdbcUrl, String user, @Nullable String password) {
    this.jdbcUrl = jdbcUrl;
    Matcher inUrl = USER_IN_URL.matcher(jdbcUrl);
    this.user = inUrl.find() ? URLDecoder.decode(inUrl.group(1), StandardCharsets.UTF_8) : user;
    this.password = password;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  public @Nullable String password() {
    return password;
  }

  public Connection open() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null) {
      props.setProperty("password", password);
    }
    return DriverManager.getConnection(jdbcUrl, props);
  }

  /** JdbcIO's pooled connection; batched inserts are rewritten into multi-row INSERTs (about 3x faster). */
  public JdbcIO.DataSourceConfiguration dataSourceConfiguration() {
    JdbcIO.DataSourceConfiguration config =
        JdbcIO.DataSourceConfiguration.create(DRIVER, jdbcUrl)
            .withUsername(user)
            .withConnectionProperties("reWriteBatchedInserts=true");
    return password == null ? config : config.withPassword(password);
  }

  /** The URL and user, with any password a user put into the URL masked. */
  @Override
  public String toString() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***") + " as " + user
        + (password == null ? "" : " (password set)");
  }
}
