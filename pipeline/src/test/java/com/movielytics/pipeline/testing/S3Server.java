package com.movielytics.pipeline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API (S3Proxy) on loopback, run as its own process from the jar the build copies next to the tests
 * (system property {@code s3proxy.jar}), with AWS v4 authentication and a filesystem store.
 */
public final class S3Server implements AutoCloseable {
  public static final String ACCESS_KEY = "movielytics-test";
  public static final String SECRET_KEY = "movielytics-test-secret";

  private final Process process;
  private final int port;
  private final S3Client client;

  private S3Server(Process process, int port) {
    this.process = process;
    this.port = port;
    this.client =
        S3Client.builder()
            .endpointOverride(URI.create(endpoint()))
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .build();
  }

  public static S3Server start(Path workDir) throws IOException, InterruptedException {
    String jar = System.getProperty("s3proxy.jar");
    if (jar == null || !Files.exists(Path.of(jar))) {
      throw new IllegalStateException("S3Proxy jar not found (system property s3proxy.jar = " + jar
          + "); run the tests through Maven, which copies it to target/s3proxy");
    }
    int port = freePort();
    Path store = Files.createDirectories(workDir.resolve("s3-store"));
    Properties props = new Properties();
    props.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
    props.setProperty("s3proxy.authorization", "aws-v2-or-v4");
    props.setProperty("s3proxy.identity", ACCESS_KEY);
    props.setProperty("s3proxy.credential", SECRET_KEY);
    props.setProperty("jclouds.provider", "filesystem");
    props.setProperty("jclouds.filesystem.basedir", store.toString());
    Path config = workDir.resolve("s3proxy.properties");
    try (Writer out = Files.newBufferedWriter(config)) {
      props.store(out, "S3Proxy for the integration tests");
    }
    Path log = workDir.resolve("s3proxy.log");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "--properties", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!accepts(port)) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        process.destroyForcibly();
        throw new IllegalStateException("S3Proxy did not start on port " + port + ":\n" + Files.readString(log));
      }
      Thread.sleep(200);
    }
    return new S3Server(process, port);
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** The pipeline options that point Beam's S3 file system at this server (credentials come separately). */
  public List<String> pipelineOptions() {
    return List.of("--s3Endpoint=" + endpoint(), "--awsRegion=us-east-1");
  }

  /** Uploads every file of {@code folder} (symbolic links followed) to {@code s3://bucket/prefix/}. */
  public String upload(Path folder, String bucket, String prefix) throws IOException {
    createBucket(bucket);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        client.putObject(b -> b.bucket(bucket).key(prefix + "/" + file.getFileName()), RequestBody.fromFile(file));
      }
    }
    return "s3://" + bucket + "/" + prefix + "/";
  }

  /** The keys under {@code prefix}, asked of the server directly. */
  public List<String> keys(String bucket, String prefix) {
    return client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(o -> o.key()).sorted().toList();
  }

  /** Deletes {@code s3://bucket/key}. */
  public void delete(String bucket, String key) {
    client.deleteObject(b -> b.bucket(bucket).key(key));
  }

  /** Creates the bucket unless it exists. */
  public void createBucket(String bucket) {
    if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
      client.createBucket(b -> b.bucket(bucket));
    }
  }

  @Override
  public void close() {
    client.close();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static boolean accepts(int port) {
    try (Socket ignored = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
