package com.movielytics.pipeline.report;

import static com.movielytics.pipeline.report.Html.escape;

import com.movielytics.transforms.warehouse.QualityCheck.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The warehouse's entity-relationship diagram as SVG: a box per table that takes part in a relationship, listing
 * its primary key and referencing columns, and an edge per relationship the quality checks enforce. Tables are laid
 * out in columns by depth: a table that references nothing on the right, each referencing table left of what it
 * references.
 */
final class EntityRelationshipDiagram {
  private static final int BOX_WIDTH = 200;
  private static final int COLUMN_GAP = 90;
  private static final int HEAD = 22;
  private static final int ROW = 16;
  private static final int BOX_GAP = 18;

  private EntityRelationshipDiagram() {}

  /** {@code keys}: each table's primary-key columns; {@code references}: the relationships, from the checks. */
  static String svg(Map<String, List<String>> keys, List<Reference> references) {
    Map<String, Set<String>> shown = new TreeMap<>(); // table -> columns listed in its box, keys first
    for (Reference r : references) {
      columns(shown, keys, r.table()).addAll(split(r.column()));
      columns(shown, keys, r.target()).addAll(split(r.targetColumn()));
    }
    Map<String, Integer> depth = new HashMap<>();
    shown.keySet().forEach(table -> depth(table, references, depth, new LinkedHashSet<>()));
    int deepest = depth.values().stream().max(Integer::compare).orElse(0);

    Map<String, int[]> at = new LinkedHashMap<>(); // table -> {x, y}
    int[] columnHeight = new int[deepest + 1];
    for (String table : shown.keySet()) {
      int column = deepest - depth.get(table);
      at.put(table, new int[] {20 + column * (BOX_WIDTH + COLUMN_GAP), 20 + columnHeight[column]});
      columnHeight[column] += HEAD + ROW * shown.get(table).size() + 8 + BOX_GAP;
    }
    int width = 40 + (deepest + 1) * BOX_WIDTH + deepest * COLUMN_GAP;
    int height = 40 + Arrays.stream(columnHeight).max().orElse(0);

    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart erd\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" "
            + "height=\"%d\" role=\"img\" aria-label=\"Entity-relationship diagram\"><title>Entity-relationship "
            + "diagram: the relationships the quality checks enforce</title>",
        width, height, width, height));
    for (Reference r : references) {
      int[] from = at.get(r.table());
      int[] to = at.get(r.target());
      double y1 = from[1] + HEAD + ROW * (indexOf(shown.get(r.table()), split(r.column()).get(0)) + 0.5) + 4;
      double y2 = to[1] + HEAD + ROW * (indexOf(shown.get(r.target()), split(r.targetColumn()).get(0)) + 0.5) + 4;
      double x1 = from[0] + BOX_WIDTH;
      double x2 = to[0];
      double bend = Math.max(40, (x2 - x1) / 2);
      svg.append(String.format(Locale.ROOT,
          "<g class=\"edge-group\" data-from=\"%s\" data-to=\"%s\"><path class=\"edge mark\" d=\"M%.1f %.1f C%.1f "
              + "%.1f %.1f %.1f %.1f %.1f\"><title>%s(%s) → %s(%s)</title></path><circle cx=\"%.1f\" cy=\"%.1f\" "
              + "r=\"3\" fill=\"#7b8794\"/></g>",
          escape(r.table()), escape(r.target()), x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2, escape(r.table()),
          escape(r.column()), escape(r.target()), escape(r.targetColumn()), x2, y2));
    }
    for (Map.Entry<String, int[]> box : at.entrySet()) {
      String table = box.getKey();
      int x = box.getValue()[0];
      int y = box.getValue()[1];
      List<String> columns = new ArrayList<>(shown.get(table));
      int boxHeight = HEAD + ROW * columns.size() + 8;
      svg.append(String.format(Locale.ROOT,
          "<g class=\"entity\" data-table=\"%s\"><rect class=\"box\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
              + "rx=\"4\"/><rect class=\"head\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\"/>"
              + "<text class=\"name\" x=\"%d\" y=\"%d\">%s</text>",
          escape(table), x, y, BOX_WIDTH, boxHeight, x, y, BOX_WIDTH, HEAD, x + 8, y + 15, escape(table)));
      List<String> key = keys.getOrDefault(table, List.of());
      for (int i = 0; i < columns.size(); i++) {
        String column = columns.get(i);
        svg.append(String.format(Locale.ROOT, "<text%s x=\"%d\" y=\"%d\">%s%s</text>",
            key.contains(column) ? " class=\"key\"" : "", x + 8, y + HEAD + ROW * (i + 1), key.contains(column)
                ? "PK " : "", escape(column)));
      }
      svg.append("</g>");
    }
    return svg.append("</svg>\n").toString();
  }

  private static Set<String> columns(Map<String, Set<String>> shown, Map<String, List<String>> keys, String table) {
    return shown.computeIfAbsent(table, t -> new LinkedHashSet<>(keys.getOrDefault(t, List.of())));
  }

  /** How many relationships away the farthest table {@code table} leads to is (0: it references nothing). */
  private static int depth(String table, List<Reference> references, Map<String, Integer> depth, Set<String> path) {
    Integer known = depth.get(table);
    if (known != null) {
      return known;
    }
    int d = 0;
    path.add(table);
    for (Reference r : references) {
      if (r.table().equals(table) && !path.contains(r.target())) { // a cycle is drawn, not followed
        d = Math.max(d, 1 + depth(r.target(), references, depth, path));
      }
    }
    path.remove(table);
    depth.put(table, d);
    return d;
  }

  private static List<String> split(String columns) {
    return List.of(columns.split(",\\s*"));
  }

  private static int indexOf(Set<String> columns, String column) {
    return new ArrayList<>(columns).indexOf(column);
  }
}
