package com.movielytics.transforms.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonLiteralTest {
  @Test
  void readsTmdbGenreList() {
    assertEquals(
        List.of(Map.of("id", 16L, "name", "Animation"), Map.of("id", 35L, "name", "Comedy")),
        PythonLiteral.parse("[{'id': 16, 'name': 'Animation'}, {'id': 35, 'name': 'Comedy'}]"));
  }

  @Test
  void integersStayIntegersAndFloatsStayFloats() {
    assertEquals(List.of(16L, 2.5, -3L, 1e3), PythonLiteral.parse("[16, 2.5, -3, 1e3]"));
  }

  @Test
  void doubleQuotedStringHoldsSingleQuote() {
    assertEquals(
        Map.of("name", "Lovers' Lane Collection", "poster_path", "/x.jpg"),
        PythonLiteral.parse("{'name': \"Lovers' Lane Collection\", 'poster_path': '/x.jpg'}"));
  }

  @Test
  void escapesInsideStrings() {
    assertEquals("It's \"here\"\n\u00e9", PythonLiteral.parse("'It\\'s \"here\"\\n\\xe9'"));
  }

  @Test
  void noneTrueFalseAndTuples() {
    assertNull(PythonLiteral.parse("None"));
    assertEquals(List.of(true, false), PythonLiteral.parse("(True, False)"));
    assertEquals(List.of(), PythonLiteral.parse("[]"));
  }

  @Test
  void brokenLiteralNamesTheOffset() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PythonLiteral.parse("[{'id': 16, 'name': 'Anim"));
    assertEquals("unterminated string at offset 25", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PythonLiteral.parse("[1, 2] trailing"));
    assertThrows(IllegalArgumentException.class, () -> PythonLiteral.parse("nan"));
  }
}
