package com.movielytics.transforms.warehouse;

import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
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
  /** A warehouse that has not accepted a login in 10 s is taken for down. */
  public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
  /** The longest statement of a 25 M-rating load takes minutes; one that runs an hour is stuck. */
  public static final int DEFAULT_STATEMENT_TIMEOUT_MINUTES = 60;

  private static final String DRIVER = "org.postgresql.Driver";
  private static final Pattern USER_IN_URL = Pattern.compile("[?&]user=([^&]*)");
  private static final Pattern SERVER_IN_URL = Pattern.compile("^jdbc:postgresql://([^/?]+)");

  private final String jdbcUrl;
  private final String user;
  private final @Nullable String password;
  private final int connectTimeoutSeconds;
  private final int statementTimeoutMinutes;

  /** {@code user} unless the URL names one: the driver logs in as the URL's, so that is the one to report. */
  public WarehouseConnection(String jdbcUrl, String user, @Nullable String password) {
    this(jdbcUrl, user, password, DEFAULT_CONNECT_TIMEOUT_SECONDS, DEFAULT_STATEMENT_TIMEOUT_MINUTES);
  }

  private WarehouseConnection(String jdbcUrl, String user, @Nullable String password, int connectTimeoutSeconds,
      int statementTimeoutMinutes) {
    this.jdbcUrl = jdbcUrl;
    Matcher inUrl = USER_IN_URL.matcher(jdbcUrl);
    this.user = inUrl.find() ? URLDecoder.decode(inUrl.group(1), StandardCharsets.UTF_8) : user;
    this.password = password;
    this.connectTimeoutSeconds = connectTimeoutSeconds;
    this.statementTimeoutMinutes = statementTimeoutMinutes;
  }

  /** The same warehouse with other timeouts; a statement timeout of 0 means none. */
  public WarehouseConnection withTimeouts(int connectTimeoutSeconds, int statementTimeoutMinutes) {
    return new WarehouseConnection(jdbcUrl, user, password, connectTimeoutSeconds, statementTimeoutMinutes);
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

  /** host:port from the URL (PostgreSQL's 5432 where it names none), for messages: never its parameters. */
  public String server() {
    Matcher m = SERVER_IN_URL.matcher(jdbcUrl);
    String hosts = m.find() ? m.group(1) : "localhost";
    return hosts.matches(".*:\\d+$") ? hosts : hosts + ":5432";
  }

  /** A connection; one that cannot be made names the server, and gives up after the connect timeout. */
  public Connection open() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null) {
      props.setProperty("password", password);
    }
    driverProperties().forEach(props::setProperty);
    try {
      return DriverManager.getConnection(jdbcUrl, props);
    } catch (SQLException e) {
      if (password == null && String.valueOf(e.getMessage()).contains("no password was provided")) {
        throw new SQLException("the warehouse at " + server() + " asks for " + user + "'s password, and none was "
            + "given: put it in the environment variable MOVIELYTICS_JDBC_PASSWORD (or the one --jdbcPasswordEnv "
            + "names), or its file's path in --jdbcPasswordFile", e.getSQLState(), e);
      }
      if (e.getSQLState() != null && e.getSQLState().startsWith("08")) { // connection exceptions
        throw new SQLException("cannot connect to the warehouse at " + server() + " (waited at most "
            + connectTimeoutSeconds + " s): " + e.getMessage(), e.getSQLState(), e);
      }
      throw e;
    }
  }

  /** JdbcIO's pooled connection; batched inserts are rewritten into multi-row INSERTs (about 3x faster). */
  public JdbcIO.DataSourceConfiguration dataSourceConfiguration() {
    StringBuilder properties = new StringBuilder("reWriteBatchedInserts=true");
    driverProperties().forEach((name, value) -> properties.append(';').append(name).append('=').append(value));
    JdbcIO.DataSourceConfiguration config =
        JdbcIO.DataSourceConfiguration.create(DRIVER, jdbcUrl)
            .withUsername(user)
            .withConnectionProperties(properties.toString());
    return password == null ? config : config.withPassword(password);
  }

  /**
   * The driver's timeouts: connecting and logging in give up after the connect timeout; PostgreSQL cancels a
   * statement after the statement timeout, and a server silent for a minute longer than that is taken for gone.
   */
  private Map<String, String> driverProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("connectTimeout", String.valueOf(connectTimeoutSeconds));
    properties.put("loginTimeout", String.valueOf(connectTimeoutSeconds));
    properties.put("tcpKeepAlive", "true");
    if (statementTimeoutMinutes > 0) {
      properties.put("options", "-c statement_timeout=" + statementTimeoutMinutes + "min");
      properties.put("socketTimeout", String.valueOf(statementTimeoutMinutes * 60 + 60));
    }
    return properties;
  }

  /** The URL and user, with any password a user put into the URL masked. */
  @Override
  public String toString() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***") + " as " + user
        + (password == null ? "" : " (password set)");
  }
}
