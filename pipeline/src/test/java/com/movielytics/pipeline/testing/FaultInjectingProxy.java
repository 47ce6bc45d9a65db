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
 * way networks and stores do: a 503 SlowDown, a 500, a connection reset, a body cut off half way, a 10-second
 * stall. Every {@code n}-th eligible response (from the first on) is broken, with the given faults in turn, so a
 * test knows faults happened. One request per connection: the client reconnects for the next, as it does after
 * any fault.
 */
public final class FaultInjectingProxy implements AutoCloseable {
  /** Which requests may be broken. */
  public enum Requests {
    ALL,
    /** GETs of an object's bytes; listings pass. */
    OBJECT_READS,
    /** PUTs and POSTs: uploads, multipart steps, copies. */
    UPLOADS
  }

  /** What happens to a response chosen for a fault. */
  public enum Fault {
    /** S3's throttling answer: 503 with the error code SlowDown, and nothing else. */
    SLOW_DOWN,
    /** S3's 500 InternalError. */
    INTERNAL_ERROR,
    /** The connection is reset (TCP RST) before any response. */
    RESET,
    /** The headers and half the body arrive, then the connection closes (a reset where there is no body). */
    CUT_BODY,
    /** Nothing for 10 seconds, then the whole response. */
    STALL
  }

  private final ServerSocket server;
  private final int upstreamPort;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger eligible = new AtomicInteger();
  private final AtomicInteger injected = new AtomicInteger();
  private final AtomicInteger ranged = new AtomicInteger();
  private volatile List<Fault> faults = List.of();
  private volatile int everyNth = 1;
  private volatile Requests which = Requests.ALL;

  private FaultInjectingProxy(ServerSocket server, int upstreamPort) {
    this.server = server;
    this.upstreamPort = upstreamPort;
    threads.execute(this::accept);
  }

  /** A proxy to the server at 127.0.0.1:{@code upstreamPort}, breaking nothing until {@link #breakEvery}. */
  public static FaultInjectingProxy to(int upstreamPort) throws IOException {
    return new FaultInjectingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), upstreamPort);
  }

  /** From now on, breaks every {@code n}-th response to {@code which} requests with {@code what}. */
  public void breakEvery(int n, Fault what, Requests which) {
    breakEvery(n, List.of(what), which);
  }

  /** The same, with {@code what} taking turns: the first broken response gets the first fault, and so on. */
  public void breakEvery(int n, List<Fault> what, Requests which) {
    everyNth = n;
    this.which = which;
    eligible.set(0);
    faults = List.copyOf(what);
  }

  /** Breaks nothing from now on. */
  public void heal() {
    breakEvery(1, List.of(), Requests.ALL);
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
      Fault chosen = choose(request, responseBody);
      if (chosen != null) {
        injected.incrementAndGet();
        switch (chosen) {
          case SLOW_DOWN -> {
            out.write(error(503, "Slow Down", "SlowDown", "Please reduce your request rate."));
            return;
          }
          case INTERNAL_ERROR -> {
            out.write(error(500, "Internal Server Error", "InternalError", "We encountered an internal error."));
            return;
          }
          case RESET -> {
            client.setSoLinger(true, 0); // close() now sends RST
            return;
          }
          case CUT_BODY -> {
            out.write(response.withHeaders("Connection", "close"));
            out.write(responseBody, 0, responseBody.length / 2);
            out.flush();
            return;
          }
          case STALL -> Thread.sleep(10_000);
        }
      }
      out.write(response.withHeaders("Connection", "close"));
      out.write(responseBody);
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the client or the server went away, or the proxy closed: nothing to relay
    }
  }

  /** The fault for this response, if it is one to break. */
  private @Nullable Fault choose(Message request, byte[] responseBody) {
    List<Fault> kinds = faults;
    String method = request.firstLine.split(" ")[0];
    boolean applies = switch (which) {
      case ALL -> true;
      case OBJECT_READS -> readsAnObject(request);
      case UPLOADS -> method.equals("PUT") || method.equals("POST");
    };
    if (kinds.isEmpty() || !applies) {
      return null;
    }
    int n = eligible.getAndIncrement();
    if (n % everyNth != 0) {
      return null;
    }
    Fault chosen = kinds.get(n / everyNth % kinds.size());
    return chosen == Fault.CUT_BODY && responseBody.length < 2 ? Fault.RESET : chosen;
  }

  /** An S3 error response: the status and S3's XML error document. */
  private static byte[] error(int status, String reason, String code, String message) {
    String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
        + "</Message></Error>";
    return ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/xml\r\nContent-Length: "
        + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
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
