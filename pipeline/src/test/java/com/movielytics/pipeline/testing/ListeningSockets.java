package com.movielytics.pipeline.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The machine's listening TCP sockets, from Linux's /proc/net/tcp and tcp6. */
public final class ListeningSockets {
  private static final String LISTEN = "0A";

  /** A listening socket: its address and port, and the kernel's inode that names it. */
  public record Listener(InetAddress address, int port, long inode) {
    public boolean loopbackOnly() {
      return address.isLoopbackAddress();
    }

    @Override
    public String toString() {
      return address.getHostAddress() + ":" + port;
    }
  }

  private ListeningSockets() {}

  public static boolean available() {
    return Files.isReadable(Path.of("/proc/net/tcp"));
  }

  public static Set<Listener> now() throws IOException {
    Set<Listener> listeners = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.isReadable(path)) {
        continue;
      }
      List<String> lines = Files.readAllLines(path);
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.trim().split("\\s+");
        if (fields[3].equals(LISTEN)) {
          String[] local = fields[1].split(":");
          listeners.add(new Listener(address(local[0]), Integer.parseInt(local[1], 16), Long.parseLong(fields[9])));
        }
      }
    }
    return listeners;
  }

  /** The command line of the process holding {@code listener}, for a failure message; "?" if none is found. */
  public static String owner(Listener listener) throws IOException {
    String socket = "socket:[" + listener.inode() + "]";
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
          for (Path fd : fds) {
            if (Files.readSymbolicLink(fd).toString().equals(socket)) {
              return Files.readString(process.resolve("cmdline")).replace('\0', ' ').trim();
            }
          }
        } catch (IOException gone) {
          // the process ended, or is not ours to look into
        }
      }
    }
    return "?";
  }

  /** /proc's hex address: 4-byte words, each in the host's (little-endian) byte order. */
  private static InetAddress address(String hex) throws UnknownHostException {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int at = word * 8 + (3 - i) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
      }
    }
    return InetAddress.getByAddress(bytes);
  }
}
