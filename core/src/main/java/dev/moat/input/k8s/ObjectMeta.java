package dev.moat.input.k8s;

import dev.moat.input.tree.MapNode;
import dev.moat.input.tree.MapReader;
import dev.moat.model.Setting;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of metadata Moat uses; each annotation keeps its line. */
record ObjectMeta(String name, String namespace, Map<String, Setting<String>> annotations) {

  static final ObjectMeta EMPTY = new ObjectMeta(null, null, Map.of());

  static ObjectMeta read(MapReader metadata) {
    if (metadata == null) {
      return EMPTY;
    }
    String name = metadata.string("name").value();
    if (name == null || name.isEmpty()) {
      String generate = metadata.string("generateName").value();
      name = generate == null || generate.isEmpty() ? null : generate + "*";
    }
    String namespace = metadata.string("namespace").value();
    if (namespace != null && namespace.isEmpty()) {
      namespace = null;
    }
    return new ObjectMeta(name, namespace, annotations(metadata.map("annotations")));
  }

  private static Map<String, Setting<String>> annotations(MapReader annotations) {
    if (annotations == null) {
      return Map.of();
    }
    Map<String, String> values = annotations.asStringMap();
    Map<String, Setting<String>> out = new LinkedHashMap<>();
    for (MapNode.Entry e : annotations.node().entries()) {
      String value = values.get(e.key());
      if (value != null) {
        out.put(e.key(), Setting.explicit(value, annotations.sourceOf(e.key())));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  String annotation(String key) {
    Setting<String> s = annotations.get(key);
    return s == null ? null : s.value();
  }
}
