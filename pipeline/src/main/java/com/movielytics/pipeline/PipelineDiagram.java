package com.movielytics.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.values.PCollection;

/**
 * The pipeline graph at the level of its own named steps (ParseRatings, StageRatings, LoadWarehouse, ...) as
 * Graphviz DOT. Beam's renderer expands every composite down to FileIO's and JdbcIO's internals, a picture
 * thousands of pixels wide; here every transform below {@code depth} belongs to the step that contains it, so
 * side inputs (the crosswalk) still show as edges into the steps that read them.
 */
final class PipelineDiagram extends Pipeline.PipelineVisitor.Defaults {
  private final int depth;
  private final Map<PCollection<?>, String> producedBy = new HashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Set<String> edges = new LinkedHashSet<>();
  private String step;
  private String stepName;

  private PipelineDiagram(int depth) {
    this.depth = depth;
  }

  /** DOT for {@code pipeline}, collapsing transforms nested deeper than {@code depth} names. */
  static String dot(Pipeline pipeline, int depth) {
    PipelineDiagram diagram = new PipelineDiagram(depth);
    pipeline.traverseTopologically(diagram);
    StringBuilder out = new StringBuilder("digraph movielytics {\n  rankdir=LR;\n")
        .append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
    diagram.labels.forEach((id, label) -> out.append(String.format("  %s [label=\"%s\"];%n", id, label)));
    diagram.edges.forEach(edge -> out.append("  ").append(edge).append(";\n"));
    return out.append("}\n").toString();
  }

  @Override
  public CompositeBehavior enterCompositeTransform(TransformHierarchy.Node node) {
    if (!node.isRootNode() && step == null && levels(node) == depth) {
      step = enter(node);
      stepName = node.getFullName();
    }
    return CompositeBehavior.ENTER_TRANSFORM;
  }

  @Override
  public void leaveCompositeTransform(TransformHierarchy.Node node) {
    if (node.getFullName().equals(stepName)) {
      step = null;
      stepName = null;
    }
  }

  @Override
  public void visitPrimitiveTransform(TransformHierarchy.Node node) {
    String owner = step != null ? step : enter(node);
    for (PCollection<?> input : node.getInputs().values()) {
      String from = producedBy.get(input);
      if (from != null && !from.equals(owner)) {
        edges.add(from + " -> " + owner);
      }
    }
    node.getOutputs().values().forEach(output -> producedBy.put(output, owner));
  }

  private String enter(TransformHierarchy.Node node) {
    String id = "step" + labels.size();
    String name = node.getFullName();
    labels.put(id, name.substring(name.lastIndexOf('/') + 1));
    return id;
  }

  private static int levels(TransformHierarchy.Node node) {
    return node.getFullName().split("/").length;
  }
}
