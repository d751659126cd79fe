package dev.moat.input.k8s;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TreeFormatReader;
import dev.moat.input.tree.Document;
import dev.moat.input.tree.MapNode;
import dev.moat.input.tree.MapReader;
import dev.moat.input.tree.Node;
import dev.moat.input.tree.Problems;
import dev.moat.input.tree.Scalars;
import dev.moat.input.tree.SeqNode;
import dev.moat.model.InputError;
import dev.moat.model.ObjectRef;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import java.util.List;

/**
 * Turns Kubernetes documents into workloads: every pod-bearing kind (also inside {@code kind:
 * List}), with its init, regular and ephemeral containers. Objects of other kinds are counted and
 * skipped. An object with a field of the wrong type is reported and not judged: the API server
 * would reject it, and judging half of it could hide a setting.
 */
public final class KubernetesReader implements TreeFormatReader {

  @Override
  public void read(InputFile file, List<Document> documents, ReadContext context, ReadResult out) {
    read(file.label(), documents, out);
  }

  /** True when a document looks like a Kubernetes object (it names a kind and an apiVersion). */
  public static boolean looksLikeKubernetes(Node root) {
    return root instanceof MapNode m && m.has("kind") && m.has("apiVersion");
  }

  public static void read(String file, List<Document> documents, ReadResult out) {
    for (Document doc : documents) {
      if (doc.failed()) {
        out.addError(new InputError(new Source(file, Math.max(1, doc.error().line()), ""), doc.error().getMessage()));
        continue;
      }
      if (doc.isEmpty()) {
        continue;
      }
      out.countDocument();
      readNode(file, doc.root(), "", out);
    }
  }

  private static void readNode(String file, Node node, String pointer, ReadResult out) {
    if (node instanceof SeqNode seq) {
      // A bare JSON array of objects, as some tools print.
      for (int i = 0; i < seq.size(); i++) {
        readNode(file, seq.get(i), pointer + "/" + i, out);
      }
      return;
    }
    if (!(node instanceof MapNode map)) {
      out.addError(new InputError(new Source(file, node.line(), pointer),
          "expected a Kubernetes object (a mapping with apiVersion and kind), found " + node.describe()));
      return;
    }
    Problems problems = new Problems();
    MapReader obj = new MapReader(map, file, pointer, Scalars.YAML_1_1, problems);
    String kind = obj.string("kind").value();
    if (kind == null || kind.isEmpty()) {
      out.skip("(no kind)");
      return;
    }
    if (isList(kind, map)) {
      List<MapReader> items = obj.maps("items");
      out.addErrors(problems.list());
      for (MapReader item : items) {
        readNode(file, item.node(), item.pointer(), out);
      }
      return;
    }
    String apiVersion = obj.string("apiVersion").value();
    PodTemplatePath templatePath = PodTemplatePath.of(kind, apiVersion);
    if (templatePath == null) {
      out.skip(kind);
      return;
    }
    Workload w = readWorkload(obj, kind, apiVersion, templatePath);
    if (!problems.isEmpty()) {
      out.addErrors(problems.list());
    } else if (w != null) {
      out.addWorkload(w);
    } else {
      out.skip(kind + " (no pod template)");
    }
  }

  private static boolean isList(String kind, MapNode map) {
    return ("List".equals(kind) || kind.endsWith("List")) && map.get("items") instanceof SeqNode;
  }

  private static Workload readWorkload(MapReader obj, String kind, String apiVersion, PodTemplatePath path) {
    ObjectMeta objectMeta = ObjectMeta.read(obj.map("metadata"));
    MapReader template = obj;
    for (String step : path.path()) {
      template = template.map(step);
      if (template == null) {
        return null;
      }
    }
    MapReader spec = template.map("spec");
    if (spec == null) {
      return null;
    }
    Source specKey = template.sourceOf("spec");
    ObjectMeta podMeta = path.path().isEmpty() ? objectMeta : ObjectMeta.read(template.map("metadata"));
    String name = objectMeta.name() != null ? objectMeta.name() : "(unnamed)";
    ObjectRef ref = new ObjectRef(apiVersion, kind, name, objectMeta.namespace());
    return PodReader.read(ref, obj.source(), objectMeta, podMeta, spec, specKey);
  }
}
