package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.input.compose.CNode.CSeq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Compose merge rules (compose-spec "Merge and override", as compose-go applies them), used
 * for {@code -f a.yml -f b.yml}, override files, several documents in one file and
 * {@code extends}: mappings merge key by key; scalars are replaced; sequences are appended, except
 * that {@code command}, {@code entrypoint} and {@code healthcheck.test} are replaced, and
 * {@code volumes}, {@code devices}, {@code secrets}, {@code configs} (by target), {@code ports},
 * the key=value lists ({@code environment}, {@code labels}, {@code sysctls}, ...) and plain value
 * lists ({@code cap_add}, {@code cap_drop}, {@code dns}, ...) keep one entry per key, the later file
 * winning in the earlier one's place. {@code x-} extensions are replaced whole. {@code !reset}
 * removes a key and {@code !override} replaces its value without merging.
 */
final class Merge {

  private static final Set<String> REPLACED = Set.of("command", "entrypoint");

  /** key=value lists that may also be written as mappings. */
  private static final Set<String> KEY_VALUE = Set.of("environment", "labels", "sysctls", "annotations");

  /** Lists whose entries are unique by value. */
  private static final Set<String> UNIQUE_VALUES = Set.of(
      "cap_add", "cap_drop", "dns", "dns_search", "dns_opt", "tmpfs", "profiles", "links",
      "external_links", "group_add", "expose", "security_opt", "device_cgroup_rules", "env_file");

  /** Lists whose entries are unique by a key derived from each entry. */
  private static final Map<String, Function<CNode, String>> UNIQUE_BY = Map.of(
      "volumes", Merge::volumeTarget,
      "devices", Merge::deviceTarget,
      "ports", Merge::portKey,
      "secrets", n -> mountTarget(n, "/run/secrets/"),
      "configs", n -> mountTarget(n, "/"));

  private Merge() {}

  /** Merges a whole file (or document) over what came before. */
  static CMap files(CMap base, CMap over) {
    return maps(base, over, List.of());
  }

  /** Merges a service over the service it extends. */
  static CMap service(CMap base, CMap over, String name) {
    return maps(base, over, List.of("services", name));
  }

  /** A tree as it stands alone: keys tagged !reset removed everywhere. */
  static CNode strip(CNode n) {
    if (n instanceof CMap m) {
      List<CMap.Entry> out = new ArrayList<>();
      for (CMap.Entry e : m.list()) {
        if (e.tag() != CNode.Tag.RESET) {
          out.add(e.withValue(strip(e.value())));
        }
      }
      return CMap.of(out, m.loc());
    }
    if (n instanceof CSeq s) {
      return new CSeq(s.items().stream().map(Merge::strip).toList(), s.loc());
    }
    return n;
  }

  private static CMap maps(CMap base, CMap over, List<String> path) {
    Map<String, CMap.Entry> out = new LinkedHashMap<>(base.entries());
    for (CMap.Entry e : over.list()) {
      CMap.Entry existing = out.get(e.key());
      if (e.tag() == CNode.Tag.RESET) {
        out.remove(e.key());
      } else if (existing == null || e.tag() == CNode.Tag.OVERRIDE || e.key().startsWith("x-")
          || CNode.isNull(existing.value()) || CNode.isNull(e.value())) {
        out.put(e.key(), e.withValue(strip(e.value())));
      } else {
        List<String> next = new ArrayList<>(path);
        next.add(e.key());
        CNode merged = merge(existing.value(), e.value(), next);
        // A value taken from the later file is written there; a merged list or mapping is still
        // declared where the earlier file declares it.
        out.put(e.key(), merged == e.value() ? e : existing.withValue(merged));
      }
    }
    return new CMap(out, base.loc());
  }

  private static CNode merge(CNode base, CNode over, List<String> path) {
    String field = serviceField(path);
    if (field != null && (REPLACED.contains(field) || "healthcheck.test".equals(field))) {
      return strip(over);
    }
    if (field != null && KEY_VALUE.contains(field)) {
      if (base instanceof CMap b && over instanceof CMap o) {
        return maps(b, o, path);
      }
      return unique(keyValues(base), keyValues(over), Merge::keyOfKeyValue, over.loc());
    }
    if (base instanceof CMap b && over instanceof CMap o) {
      return maps(b, o, path);
    }
    if (field != null && (base instanceof CSeq || over instanceof CSeq)) {
      if (UNIQUE_VALUES.contains(field)) {
        return unique(items(base), items(over), Merge::text, base.loc());
      }
      Function<CNode, String> by = UNIQUE_BY.get(field);
      if (by != null) {
        return unique(items(base), items(over), by, base.loc());
      }
    }
    if (base instanceof CSeq b && over instanceof CSeq o) {
      List<CNode> all = new ArrayList<>(b.items());
      for (CNode n : o.items()) {
        all.add(strip(n));
      }
      return new CSeq(all, b.loc());
    }
    return strip(over);
  }

  /** "volumes" for services.x.volumes, "healthcheck.test" for services.x.healthcheck.test, else null. */
  private static String serviceField(List<String> path) {
    if (path.size() < 3 || !"services".equals(path.get(0))) {
      return null;
    }
    return String.join(".", path.subList(2, path.size()));
  }

  private static List<CNode> items(CNode n) {
    return n instanceof CSeq s ? s.items() : List.of(n);
  }

  private static CSeq unique(List<CNode> base, List<CNode> over, Function<CNode, String> key, CNode.Loc loc) {
    List<CNode> out = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (List<CNode> list : List.of(base, over)) {
      for (CNode n : list) {
        String k = key.apply(n);
        Integer at = k == null ? null : index.get(k);
        if (at != null) {
          out.set(at, strip(n));
        } else {
          if (k != null) {
            index.put(k, out.size());
          }
          out.add(strip(n));
        }
      }
    }
    return new CSeq(out, loc);
  }

  /** A key=value list or mapping as a list of "key=value" scalars, each where it is written. */
  static List<CNode> keyValues(CNode n) {
    if (n instanceof CMap m) {
      List<CNode> out = new ArrayList<>();
      for (CMap.Entry e : m.list()) {
        String text = e.value() instanceof CScalar s && !s.isNull() ? e.key() + "=" + s.text() : e.key();
        out.add(new CScalar(text, false, false, e.keyLoc()));
      }
      return out;
    }
    return items(n);
  }

  private static String text(CNode n) {
    return n instanceof CScalar s ? s.text() : null;
  }

  private static String keyOfKeyValue(CNode n) {
    String t = text(n);
    if (t == null) {
      return null;
    }
    int eq = t.indexOf('=');
    return eq < 0 ? t : t.substring(0, eq);
  }

  private static String volumeTarget(CNode n) {
    if (n instanceof CMap m) {
      return text(m.get("target"));
    }
    String t = text(n);
    if (t == null) {
      return null;
    }
    ShortSyntax.VolumeSpec v = ShortSyntax.volume(t);
    return v == null ? t : v.target();
  }

  private static String deviceTarget(CNode n) {
    if (n instanceof CMap m) {
      String target = text(m.get("target"));
      return target != null ? target : text(m.get("source"));
    }
    String t = text(n);
    if (t == null) {
      return null;
    }
    ShortSyntax.DeviceSpec d = ShortSyntax.device(t);
    return d.containerPath() != null ? d.containerPath() : d.hostPath();
  }

  private static String portKey(CNode n) {
    if (n instanceof CMap m) {
      String hostIp = text(m.get("host_ip"));
      String protocol = text(m.get("protocol"));
      return (hostIp == null ? "0.0.0.0" : hostIp) + ":" + text(m.get("published")) + ":" + text(m.get("target"))
          + "/" + (protocol == null ? "tcp" : protocol);
    }
    return text(n);
  }

  private static String mountTarget(CNode n, String prefix) {
    if (n instanceof CMap m) {
      String target = text(m.get("target"));
      return target != null ? target : prefix + text(m.get("source"));
    }
    String t = text(n);
    return t == null ? null : prefix + t;
  }
}
