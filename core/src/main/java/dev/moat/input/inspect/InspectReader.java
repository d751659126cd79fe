package dev.moat.input.inspect;

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
import dev.moat.model.Source;
import dev.moat.model.Workload;
import java.util.List;

/**
 * Reads {@code docker inspect} and {@code podman inspect} output for containers into workloads, one
 * per container object. The output is a JSON array (what both commands print) or a single object
 * (one element taken out of it, or the Engine API's /containers/{id}/json). Objects without a
 * HostConfig (image, volume or network inspect output) are counted and skipped. A container object
 * with a field of the wrong type is reported with its line and not judged, like a Kubernetes object.
 */
public final class InspectReader implements TreeFormatReader {

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
      Node root = doc.root();
      if (root instanceof SeqNode seq) {
        for (int i = 0; i < seq.size(); i++) {
          readObject(file, seq.get(i), "/" + i, out);
        }
      } else {
        readObject(file, root, "", out);
      }
    }
  }

  private static void readObject(String file, Node node, String pointer, ReadResult out) {
    if (!(node instanceof MapNode map)) {
      out.addError(new InputError(new Source(file, node.line(), pointer),
          (pointer.isEmpty() ? "" : Problems.path(pointer) + ": ")
              + "expected docker/podman inspect output for a container (an object with HostConfig), found "
              + node.describe()));
      return;
    }
    if (!map.has("HostConfig")) {
      out.skip("(inspect output without HostConfig: not a container)");
      return;
    }
    Problems problems = new Problems();
    MapReader obj = new MapReader(map, file, pointer, Scalars.YAML_1_2, problems);
    Workload w = InspectContainer.read(obj);
    if (!problems.isEmpty()) {
      out.addErrors(problems.list());
    } else if (w != null) {
      out.addWorkload(w);
    }
  }
}
