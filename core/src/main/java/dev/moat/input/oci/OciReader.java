package dev.moat.input.oci;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TreeFormatReader;
import dev.moat.input.tree.Document;
import dev.moat.input.tree.MapNode;
import dev.moat.input.tree.MapReader;
import dev.moat.input.tree.Problems;
import dev.moat.input.tree.Scalars;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import java.util.List;
import java.util.Locale;

/**
 * Reads an OCI runtime bundle config.json (what runc, crun and runsc execute; Docker, Podman and
 * containerd write one per container) into a workload with one container. The bundle is named by
 * the CRI container-name annotation when there is one, else by the bundle directory (for a file
 * called config.json) or the file name ("web.oci.json" is "web"). A field of the wrong type is
 * reported with its line and the config is not judged.
 */
public final class OciReader implements TreeFormatReader {

  @Override
  public void read(InputFile file, List<Document> documents, ReadContext context, ReadResult out) {
    read(file.label(), documents, out);
  }

  public static void read(String file, List<Document> documents, ReadResult out) {
    for (Document doc : documents) {
      if (doc.failed()) {
        out.addError(doc.inputError(file));
        continue;
      }
      if (doc.isEmpty()) {
        continue;
      }
      out.countDocument();
      if (!(doc.root() instanceof MapNode map)) {
        out.addError(new InputError(new Source(file, doc.root().line(), ""),
            "expected an OCI runtime config (a JSON object with ociVersion), found " + doc.root().describe()));
        continue;
      }
      Problems problems = new Problems();
      Workload w = OciConfig.read(new MapReader(map, file, "", Scalars.YAML_1_2, problems), bundleName(file));
      if (problems.isEmpty()) {
        out.addWorkload(w);
      } else {
        out.addErrors(problems.list());
      }
    }
  }

  /** "bundles/web/config.json" is "web", "web.oci.json" is "web"; null when the name says nothing. */
  static String bundleName(String label) {
    String path = label.replace('\\', '/');
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("config.json")) {
      if (slash <= 0) {
        return null;
      }
      String dir = path.substring(0, slash);
      String parent = dir.substring(dir.lastIndexOf('/') + 1);
      return parent.isEmpty() || ".".equals(parent) || "..".equals(parent) ? null : parent;
    }
    if (lower.endsWith(".oci.json")) {
      return name.substring(0, name.length() - ".oci.json".length());
    }
    if (lower.endsWith(".json")) {
      return name.substring(0, name.length() - ".json".length());
    }
    return "-".equals(name) || name.isEmpty() ? null : name;
  }
}
