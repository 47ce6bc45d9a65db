package com.movielytics.transforms.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes of an input record as they are: where UTF-8 breaks, and a printable form for the quarantine that
 * shows every byte (text as text, anything else as {@code \xHH}).
 */
public final class RawBytes {
  private RawBytes() {}

  /** Index of the first byte in {@code b[from, to)} that is not part of well-formed UTF-8, or -1. */
  public static int firstInvalidUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int length = sequenceLength(b, i, to);
      if (length < 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /**
   * Up to {@code maxChars} characters showing {@code b[from, to)}: valid UTF-8 text as is, a backslash doubled,
   * and every other byte (control characters but tab and line breaks, bytes that are not UTF-8) as {@code \xHH},
   * so the quarantine holds what the file holds, NUL bytes included.
   */
  public static String escape(byte[] b, int from, int to, int maxChars) {
    StringBuilder out = new StringBuilder(Math.min(to - from, maxChars) + 16);
    int i = from;
    while (i < to && out.length() < maxChars) {
      int c = b[i] & 0xff;
      if (c >= 0x80) {
        int length = sequenceLength(b, i, to);
        if (length > 0) {
          out.append(new String(b, i, length, StandardCharsets.UTF_8));
          i += length;
          continue;
        }
        hex(out, c);
      } else if (c == '\\') {
        out.append("\\\\");
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        hex(out, c);
      } else {
        out.append((char) c);
      }
      i++;
    }
    if (i < to) {
      out.append(String.format(Locale.ROOT, "... (%,d bytes in all)", to - from));
    }
    return out.toString();
  }

  private static void hex(StringBuilder out, int c) {
    out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
  }

  /** Length of the well-formed UTF-8 sequence that starts at {@code b[i]} (not ASCII), or -1. */
  private static int sequenceLength(byte[] b, int i, int to) {
    int c = b[i] & 0xff;
    int length;
    int min2 = 0x80;
    int max2 = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      length = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      length = 3;
      if (c == 0xe0) {
        min2 = 0xa0; // no overlong forms
      } else if (c == 0xed) {
        max2 = 0x9f; // no surrogates
      }
    } else if (c >= 0xf0 && c <= 0xf4) {
      length = 4;
      if (c == 0xf0) {
        min2 = 0x90;
      } else if (c == 0xf4) {
        max2 = 0x8f; // nothing above U+10FFFF
      }
    } else {
      return -1;
    }
    if (i + length > to) {
      return -1;
    }
    int second = b[i + 1] & 0xff;
    if (second < min2 || second > max2) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      int next = b[i + k] & 0xff;
      if (next < 0x80 || next > 0xbf) {
        return -1;
      }
    }
    return length;
  }
}
