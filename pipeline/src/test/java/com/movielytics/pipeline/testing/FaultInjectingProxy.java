package com.movielytics.pipeline.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An HTTP proxy on loopback between the pipeline and the S3 test server that breaks a share of the responses the
 * way networks and stores do: a body cut off half way, a connection reset. Every {@code n}-th eligible response
 * (a response with a body, from the first on) is broken, so a test knows faults happened. One request per
 * connection: the client reconnects for the next, as it does after any fault.
 */
public final class FaultInjectingProxy implements AutoCloseable {
  /** What happens to a response chosen for a fault. */
  public enum Fault {
    /** The headers and half the body arrive, then the connection closes. */
    CUT_BODY,
    /** The connection is reset (TCP RST) before any response. */
    RESET
  }

  private final ServerSocket server;
  private final int upstreamPort;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger eligible = new AtomicInteger();
  private final AtomicInteger injected = new AtomicInteger();
  private final AtomicInteger ranged = new AtomicInteger();
  private volatile @Nullable Fault fault;
  private volatile int everyNth = 1;
  private volatile boolean objectReadsOnly;

  private FaultInjectingProxy(ServerSocket server, int upstreamPort) {
    this.server = server;
    this.upstreamPort = upstreamPort;
    threads.execute(this::accept);
  }

  /** A proxy to the server at 127.0.0.1:{@code upstreamPort}, breaking nothing until {@link #breakEvery}. */
  public static FaultInjectingProxy to(int upstreamPort) throws IOException {
    return new FaultInjectingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), upstreamPort);
  }

  /**
   * From now on, breaks every {@code n}-th response that has a body with {@code what}; null breaks nothing.
   * {@code objectReadsOnly} spares listings and the like: only GETs of an object's bytes break.
   */
  public void breakEvery(int n, @Nullable Fault what, boolean objectReadsOnly) {
    everyNth = n;
    this.objectReadsOnly = objectReadsOnly;
    eligible.set(0);
    fault = what;
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** How many responses were broken so far. */
  public int injected() {
    return injected.get();
  }

  /** How many requests asked for a byte range: what a read that resumes where it broke sends. */
  public int rangedRequests() {
    return ranged.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client;
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      Message request = readHead(in);
      if (request == null) {
        return;
      }
      if ("100-continue".equalsIgnoreCase(request.header("Expect"))) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
      if (request.header("Range") != null) {
        ranged.incrementAndGet();
      }
      byte[] body = in.readNBytes(contentLength(request));
      OutputStream up = upstream.getOutputStream();
      up.write(request.withHeaders("Expect", null, "Connection", "close"));
      up.write(body);
      up.flush();

      InputStream upIn = upstream.getInputStream();
      Message response = readHead(upIn);
      if (response == null) {
        return;
      }
      byte[] responseBody = request.firstLine.startsWith("HEAD ") ? new byte[0] : upIn.readAllBytes();
      Fault chosen = fault;
      if (chosen != null && responseBody.length >= 2 && (!objectReadsOnly || readsAnObject(request))
          && eligible.getAndIncrement() % everyNth == 0) {
        injected.incrementAndGet();
        if (chosen == Fault.RESET) {
          client.setSoLinger(true, 0); // close() now sends RST
          return;
        }
        out.write(response.withHeaders("Connection", "close"));
        out.write(responseBody, 0, responseBody.length / 2);
        out.flush();
        return;
      }
      out.write(response.withHeaders("Connection", "close"));
      out.write(responseBody);
      out.flush();
    } catch (IOException e) {
      // the client or the server went away: nothing to relay
    }
  }

  /** A GET of /bucket/key (path style), not of a bucket's listing. */
  private static boolean readsAnObject(Message request) {
    String[] parts = request.firstLine.split(" ");
    String path = parts.length > 1 ? parts[1].replaceFirst("\\?.*", "") : "";
    return parts[0].equals("GET") && path.indexOf('/', 1) > 0 && path.indexOf('/', 1) < path.length() - 1;
  }

  private static int contentLength(Message request) {
    String length = request.header("Content-Length");
    return length == null ? 0 : Integer.parseInt(length.trim());
  }

  /** A request or response head: its first line and header lines. */
  private record Message(String firstLine, List<String> headers) {
    @Nullable
    String header(String name) {
      for (String h : headers) {
        int colon = h.indexOf(':');
        if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return h.substring(colon + 1).trim();
        }
      }
      return null;
    }

    /** The head as bytes, with each named header replaced by the value that follows it (or dropped for null). */
    byte[] withHeaders(@Nullable String... replacements) {
      StringBuilder head = new StringBuilder(firstLine).append("\r\n");
      for (String h : headers) {
        String name = h.substring(0, Math.max(0, h.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
        boolean replaced = false;
        for (int i = 0; i < replacements.length; i += 2) {
          replaced |= name.equalsIgnoreCase(replacements[i]);
        }
        if (!replaced) {
          head.append(h).append("\r\n");
        }
      }
      for (int i = 0; i < replacements.length; i += 2) {
        if (replacements[i + 1] != null) {
          head.append(replacements[i]).append(": ").append(replacements[i + 1]).append("\r\n");
        }
      }
      return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  private static @Nullable Message readHead(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1).replaceFirst("\r$", "");
        line.reset();
        if (text.isEmpty()) {
          return new Message(lines.get(0), lines.subList(1, lines.size()));
        }
        lines.add(text);
      } else {
        line.write(b);
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
