package dev.moat.input.k8s;

import dev.moat.input.CapabilityNames;
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
import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.InputError;
import dev.moat.model.InputNote;
import dev.moat.model.ObjectRef;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Kubernetes documents into workloads: every pod-bearing kind (also inside {@code kind:
 * List}), with its init, regular and ephemeral containers. Objects of other kinds are counted and
 * skipped. An object with a field of the wrong type is reported (the run ends with exit code 4)
 * and the rest of it is still judged, so a typo in one container cannot hide a privileged one.
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
    ServiceAccounts accounts = new ServiceAccounts();
    for (Document doc : documents) {
      if (!doc.failed() && !doc.isEmpty()) {
        collectAccounts(file, doc.root(), "", accounts);
      }
    }
    for (Document doc : documents) {
      if (doc.failed()) {
        out.addError(doc.inputError(file));
        continue;
      }
      if (doc.isEmpty()) {
        continue;
      }
      out.countDocument();
      readNode(file, doc.root(), "", null, null, accounts, out);
    }
  }

  /** First pass: the ServiceAccounts of the input, wherever they stand (lists included). */
  private static void collectAccounts(String file, Node node, String pointer, ServiceAccounts accounts) {
    if (node instanceof SeqNode seq) {
      for (int i = 0; i < seq.size(); i++) {
        collectAccounts(file, seq.get(i), pointer + "/" + i, accounts);
      }
    } else if (node instanceof MapNode map) {
      accounts.collect(map, file, pointer);
      if (map.get("items") instanceof SeqNode items) {
        for (int i = 0; i < items.size(); i++) {
          collectAccounts(file, items.get(i), pointer + "/items/" + i, accounts);
        }
      }
    }
  }

  /**
   * @param listKind for an item of a typed list (PodList from the raw API), the kind its items have
   *     when they do not say it themselves
   */
  private static void readNode(String file, Node node, String pointer, String listKind, String listApiVersion,
      ServiceAccounts accounts, ReadResult out) {
    if (node instanceof SeqNode seq) {
      // A bare JSON array of objects, as some tools print.
      for (int i = 0; i < seq.size(); i++) {
        readNode(file, seq.get(i), pointer + "/" + i, null, null, accounts, out);
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
      kind = listKind;
    }
    if (kind == null || kind.isEmpty()) {
      out.skip("(no kind)");
      return;
    }
    String apiVersion = obj.string("apiVersion").value();
    if (apiVersion == null) {
      apiVersion = listApiVersion;
    }
    if (isList(kind, map)) {
      List<MapReader> items = obj.maps("items");
      out.addErrors(problems.list());
      // Items of a typed list (PodList, DeploymentList) from the raw API carry no kind of their own.
      String itemKind = "List".equals(kind) ? null : kind.substring(0, kind.length() - "List".length());
      for (MapReader item : items) {
        readNode(file, item.node(), item.pointer(), itemKind, itemKind == null ? null : apiVersion, accounts, out);
      }
      return;
    }
    PodTemplatePath templatePath = PodTemplatePath.of(kind, apiVersion);
    if (templatePath == null) {
      out.skip(kind);
      return;
    }
    Workload w = readWorkload(obj, kind, apiVersion, templatePath, accounts);
    out.addErrors(problems.list());
    if (w != null) {
      out.addWorkload(w);
      noteUnknownCapabilities(w, out);
    } else if (problems.isEmpty()) {
      out.skip(kind + " (no pod template)");
    }
  }

  /**
   * A capability name that is not a Linux capability: the API server accepts any string, so it is
   * no error in the manifest, but the container runtime cannot grant it when the container starts.
   */
  private static void noteUnknownCapabilities(Workload w, ReadResult out) {
    for (Container c : w.containers()) {
      Capabilities caps = c.isolation().capabilities();
      for (List<Setting<String>> list : List.of(caps.add(), caps.drop())) {
        for (Setting<String> name : list) {
          if (!CapabilityNames.isValid(name.value())) {
            out.addNote(new InputNote(name.source(), Problems.path(name.source().pointer()) + ": "
                + CapabilityNames.unknown(name.value()) + " is accepted by the API server, but the container "
                + "runtime cannot grant it: it refuses or ignores the name when the container starts"));
          }
        }
      }
    }
  }

  /** The pod's service account: serviceAccountName, the deprecated serviceAccount, or "default". */
  private static String serviceAccount(MapReader spec) {
    String name = spec.string("serviceAccountName").value();
    if (name == null || name.isEmpty()) {
      name = spec.string("serviceAccount").value();
    }
    return name == null || name.isEmpty() ? "default" : name;
  }

  private static boolean isList(String kind, MapNode map) {
    return ("List".equals(kind) || kind.endsWith("List")) && map.get("items") instanceof SeqNode;
  }

  private static Workload readWorkload(MapReader obj, String kind, String apiVersion, PodTemplatePath path,
      ServiceAccounts accounts) {
    ObjectMeta objectMeta = ObjectMeta.read(obj.map("metadata"));
    // Every metadata on the way to the pod template may carry a suppression (a CronJob's jobTemplate).
    List<ObjectMeta> metas = new ArrayList<>();
    metas.add(objectMeta);
    MapReader template = obj;
    for (String step : path.path()) {
      template = template.map(step);
      if (template == null) {
        return null;
      }
      if (template.has("metadata")) {
        metas.add(ObjectMeta.read(template.map("metadata")));
      }
    }
    MapReader spec = template.map("spec");
    if (spec == null) {
      return null;
    }
    Source specKey = template.sourceOf("spec");
    ObjectMeta podMeta = path.path().isEmpty() ? objectMeta
        : template.has("metadata") ? metas.get(metas.size() - 1) : ObjectMeta.EMPTY;
    String name = objectMeta.name() != null ? objectMeta.name() : "(unnamed)";
    ObjectRef ref = new ObjectRef(apiVersion, kind, name, objectMeta.namespace());
    Setting<Boolean> accountAutomount = accounts.automount(objectMeta.namespace(), serviceAccount(spec));
    return PodReader.read(ref, obj.source(), metas, podMeta, spec, specKey, accountAutomount);
  }
}
