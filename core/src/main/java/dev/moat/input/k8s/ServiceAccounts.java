package dev.moat.input.k8s;

import dev.moat.input.tree.MapNode;
import dev.moat.input.tree.MapReader;
import dev.moat.input.tree.Problems;
import dev.moat.input.tree.Scalars;
import dev.moat.model.Setting;
import java.util.HashMap;
import java.util.Map;

/**
 * The ServiceAccounts of one input, by namespace and name, for what they say about token
 * automounting: a pod that does not decide itself inherits its ServiceAccount's
 * automountServiceAccountToken, so a ServiceAccount with false in the same manifest stream means
 * no token is mounted (Helm charts and kustomize output often carry both).
 */
final class ServiceAccounts {

  private final Map<String, Setting<Boolean>> automount = new HashMap<>();

  /** Records a document if it is a ServiceAccount that sets automountServiceAccountToken. */
  void collect(MapNode object, String file, String pointer) {
    MapReader r = new MapReader(object, file, pointer, Scalars.YAML_1_1, new Problems());
    if (!"ServiceAccount".equals(r.string("kind").value())) {
      return;
    }
    ObjectMeta meta = ObjectMeta.read(r.map("metadata"));
    Setting<Boolean> value = r.bool("automountServiceAccountToken");
    if (meta.name() != null && value.isKnown()) {
      automount.put(key(meta.namespace(), meta.name()), value);
    }
  }

  /** What the named ServiceAccount says, or null when this input does not hold it. */
  Setting<Boolean> automount(String namespace, String name) {
    return automount.get(key(namespace, name));
  }

  private static String key(String namespace, String name) {
    return (namespace == null ? "" : namespace) + "/" + name;
  }
}
