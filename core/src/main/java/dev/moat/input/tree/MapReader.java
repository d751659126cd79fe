package dev.moat.input.tree;

import dev.moat.model.Origin;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed fields of one mapping, remembering where each came from. A field of the wrong type
 * is reported to {@link Problems} with its line and what was expected, and then treated as
 * absent, so one mistake does not stop the rest of the object from being read.
 */
public final class MapReader {

  private final MapNode map;
  private final String file;
  private final String pointer;
  private final Scalars scalars;
  private final Problems problems;

  public MapReader(MapNode map, String file, String pointer, Scalars scalars, Problems problems) {
    this.map = map;
    this.file = file;
    this.pointer = pointer;
    this.scalars = scalars;
    this.problems = problems;
  }

  public MapNode node() {
    return map;
  }

  public String pointer() {
    return pointer;
  }

  public String file() {
    return file;
  }

  public Problems problems() {
    return problems;
  }

  /** Where this mapping starts. */
  public Source source() {
    return new Source(file, map.line(), pointer);
  }

  /** Where a key is written, or where it would be written (this mapping's line) if absent. */
  public Source sourceOf(String key) {
    MapNode.Entry e = map.entry(key);
    return Source.of(file, e == null ? map.line() : e.keyLine(), pointer, key);
  }

  public boolean has(String key) {
    Node n = map.get(key);
    return n != null && !(n instanceof ScalarNode s && scalars.isNull(s));
  }

  /** A child mapping, or null when absent or null. */
  public MapReader map(String key) {
    Node n = present(key);
    if (n == null) {
      return null;
    }
    if (n instanceof MapNode m) {
      return new MapReader(m, file, pointer + "/" + Source.escape(key), scalars, problems);
    }
    wrongType(key, n, "a mapping");
    return null;
  }

  /** The mappings of a list field; items of another type are reported and skipped. */
  public List<MapReader> maps(String key) {
    Node n = present(key);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof SeqNode seq)) {
      wrongType(key, n, "a list");
      return List.of();
    }
    List<MapReader> out = new ArrayList<>(seq.size());
    String base = pointer + "/" + Source.escape(key) + "/";
    for (int i = 0; i < seq.size(); i++) {
      Node item = seq.get(i);
      if (item instanceof MapNode m) {
        out.add(new MapReader(m, file, base + i, scalars, problems));
      } else {
        problems.add(new Source(file, item.line(), base + i),
            Problems.path(base + i) + ": expected a mapping, found " + item.describe());
      }
    }
    return out;
  }

  public Setting<Boolean> bool(String key) {
    Node n = present(key);
    if (n == null) {
      return Setting.unset(sourceOf(key));
    }
    if (n instanceof ScalarNode s) {
      Boolean b = scalars.bool(s);
      if (b != null) {
        return Setting.explicit(b, sourceOf(key));
      }
    }
    wrongType(key, n, "a boolean (true or false)");
    return Setting.unset(sourceOf(key));
  }

  public Setting<Long> integer(String key) {
    Node n = present(key);
    if (n == null) {
      return Setting.unset(sourceOf(key));
    }
    if (n instanceof ScalarNode s) {
      Long v = scalars.integer(s);
      if (v != null) {
        return Setting.explicit(v, sourceOf(key));
      }
    }
    wrongType(key, n, "an integer");
    return Setting.unset(sourceOf(key));
  }

  /** A string field; plain numbers and booleans are taken as their text, as Kubernetes does. */
  public Setting<String> string(String key) {
    Node n = present(key);
    if (n == null) {
      return Setting.unset(sourceOf(key));
    }
    if (n instanceof ScalarNode s) {
      return Setting.explicit(s.text(), sourceOf(key));
    }
    wrongType(key, n, "a string");
    return Setting.unset(sourceOf(key));
  }

  /** A number-or-string field such as a resource quantity ("512Mi", 2, "500m"). */
  public Setting<String> quantity(String key) {
    return string(key);
  }

  /** A list of strings, each with its own source. */
  public List<Setting<String>> strings(String key) {
    Node n = present(key);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof SeqNode seq)) {
      wrongType(key, n, "a list of strings");
      return List.of();
    }
    List<Setting<String>> out = new ArrayList<>(seq.size());
    String list = pointer + "/" + Source.escape(key);
    for (int i = 0; i < seq.size(); i++) {
      Node item = seq.get(i);
      Source src = Source.of(file, item.line(), list, Integer.toString(i));
      if (item instanceof ScalarNode s && !scalars.isNull(s)) {
        out.add(Setting.of(s.text(), Origin.EXPLICIT, src));
      } else {
        problems.add(src, Problems.path(src.pointer()) + ": expected a string, found " + item.describe());
      }
    }
    return out;
  }

  /** A list of integers, each with its own source. */
  public List<Setting<Long>> integers(String key) {
    Node n = present(key);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof SeqNode seq)) {
      wrongType(key, n, "a list of integers");
      return List.of();
    }
    List<Setting<Long>> out = new ArrayList<>(seq.size());
    String list = pointer + "/" + Source.escape(key);
    for (int i = 0; i < seq.size(); i++) {
      Node item = seq.get(i);
      Source src = Source.of(file, item.line(), list, Integer.toString(i));
      Long v = item instanceof ScalarNode s ? scalars.integer(s) : null;
      if (v != null) {
        out.add(Setting.explicit(v, src));
      } else {
        problems.add(src, Problems.path(src.pointer()) + ": expected an integer, found " + item.describe());
      }
    }
    return out;
  }

  /** A string-to-string mapping such as labels or annotations; values are taken as text. */
  public Map<String, String> stringMap(String key) {
    MapReader m = map(key);
    return m == null ? Map.of() : m.asStringMap();
  }

  /** This mapping read as string keys to string values (non-scalar values are reported). */
  public Map<String, String> asStringMap() {
    Map<String, String> out = new LinkedHashMap<>();
    for (MapNode.Entry e : map.entries()) {
      if (e.value() instanceof ScalarNode s) {
        out.put(e.key(), scalars.isNull(s) ? "" : s.text());
      } else {
        problems.add(sourceOf(e.key()),
            Problems.path(pointer + "/" + Source.escape(e.key())) + ": expected a string, found " + e.value().describe());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The value node of a key when present and not null. */
  private Node present(String key) {
    Node n = map.get(key);
    if (n == null || (n instanceof ScalarNode s && scalars.isNull(s))) {
      return null;
    }
    return n;
  }

  private void wrongType(String key, Node found, String expected) {
    problems.add(sourceOf(key),
        Problems.path(pointer + "/" + Source.escape(key)) + ": expected " + expected + ", found " + found.describe());
  }
}
