package com.movielytics.transforms.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Python literals TMDB's nested columns hold ({@code [{'id': 16, 'name': 'Animation'}]}, {@code None},
 * {@code True}): lists, tuples, dicts, single- or double-quoted strings with escapes, numbers, None, True and
 * False. Returns {@link List}, {@link Map}, {@link String}, {@link Long}, {@link Double}, {@link Boolean} or null.
 */
public final class PythonLiteral {
  private final String text;
  private int pos;

  private PythonLiteral(String text) {
    this.text = text;
  }

  /** Parses one literal; throws {@link IllegalArgumentException} naming the offset where the text goes wrong. */
  public static Object parse(String text) {
    PythonLiteral p = new PythonLiteral(text);
    Object value = p.value();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("unexpected text after the literal");
    }
    return value;
  }

  private Object value() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("the literal ends early");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '[':
        return sequence('[', ']');
      case '(':
        return sequence('(', ')');
      case '{':
        return dict();
      case '\'':
      case '"':
        return string(c);
      default:
        if (c == '-' || c == '+' || Character.isDigit(c)) {
          return number();
        }
        return word();
    }
  }

  private List<Object> sequence(char open, char close) {
    expect(open);
    List<Object> items = new ArrayList<>();
    skipSpace();
    while (!peek(close)) {
      items.add(value());
      skipSpace();
      if (!peek(close)) {
        expect(',');
        skipSpace();
      }
    }
    expect(close);
    return items;
  }

  private Map<Object, Object> dict() {
    expect('{');
    Map<Object, Object> entries = new LinkedHashMap<>();
    skipSpace();
    while (!peek('}')) {
      Object key = value();
      skipSpace();
      expect(':');
      entries.put(key, value());
      skipSpace();
      if (!peek('}')) {
        expect(',');
        skipSpace();
      }
    }
    expect('}');
    return entries;
  }

  private String string(char quote) {
    expect(quote);
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == quote) {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '0' -> out.append('\0');
        case 'x' -> out.append((char) hex(2));
        case 'u' -> out.append((char) hex(4));
        case 'U' -> out.appendCodePoint(hex(8));
        case '\\', '\'', '"' -> out.append(e);
        default -> out.append('\\').append(e);
      }
    }
  }

  private int hex(int digits) {
    if (pos + digits > text.length()) {
      throw error("short \\x/\\u escape");
    }
    try {
      int v = Integer.parseInt(text.substring(pos, pos + digits), 16);
      pos += digits;
      return v;
    } catch (NumberFormatException e) {
      throw error("bad hex escape");
    }
  }

  private Object number() {
    int start = pos;
    pos++;
    while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String n = text.substring(start, pos);
    try {
      // Not a ?: expression: that would promote the Long to a Double.
      if (n.contains(".") || n.contains("e") || n.contains("E")) {
        return Double.parseDouble(n);
      }
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      throw error("'" + n + "' is not a number");
    }
  }

  private Object word() {
    int start = pos;
    while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
      pos++;
    }
    String w = text.substring(start, pos);
    switch (w) {
      case "None":
        return null;
      case "True":
        return Boolean.TRUE;
      case "False":
        return Boolean.FALSE;
      default:
        pos = start;
        throw error("unexpected '" + (w.isEmpty() ? String.valueOf(text.charAt(pos)) : w) + "'");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at offset " + pos);
  }
}
