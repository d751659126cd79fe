package dev.moat.input.compose;

import dev.moat.input.CapabilityNames;
import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.input.compose.CNode.CSeq;
import dev.moat.input.tree.Problems;
import dev.moat.model.Origin;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads typed Compose fields the way compose-go casts them: a boolean field takes {@code true} and
 * {@code false} and also YAML 1.1's {@code yes}/{@code no}/{@code on}/{@code off}/{@code y}/{@code n},
 * in any case and even quoted (Compose casts the text after interpolation); numbers may be quoted.
 * A field of the wrong type is reported with its line and what was expected, and read as absent.
 */
final class Fields {

  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern BYTES = Pattern.compile("(?i)\\d+(\\.\\d+)?\\s*([kmgtp]i?)?b?");

  private final Problems problems;

  Fields(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  static Source at(CMap.Entry e) {
    return e.keyLoc().source();
  }

  static String path(CNode.Loc loc) {
    return Problems.path(loc.pointer());
  }

  void wrong(CMap.Entry e, String expected) {
    problems.add(at(e), path(e.keyLoc()) + ": expected " + expected + ", found " + e.value().describe());
  }

  void wrong(CNode n, String expected) {
    problems.add(n.loc().source(), path(n.loc()) + ": expected " + expected + ", found " + n.describe());
  }

  /** The entry of a key whose value is present (not absent, not null). */
  static CMap.Entry entry(CMap m, String key) {
    CMap.Entry e = m == null ? null : m.entry(key);
    return e == null || CNode.isNull(e.value()) ? null : e;
  }

  CMap map(CMap m, String key) {
    CMap.Entry e = entry(m, key);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof CMap child) {
      return child;
    }
    wrong(e, "a mapping");
    return null;
  }

  /** A scalar field's entry; a mapping or a list is reported. */
  CMap.Entry scalar(CMap m, String key, String expected) {
    CMap.Entry e = entry(m, key);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof CScalar) {
      return e;
    }
    wrong(e, expected);
    return null;
  }

  static String text(CMap.Entry e) {
    return ((CScalar) e.value()).text();
  }

  Setting<String> string(CMap m, String key, Source missing) {
    CMap.Entry e = scalar(m, key, "a string");
    return e == null ? Setting.unset(missing) : Setting.explicit(text(e), at(e));
  }

  Setting<Boolean> bool(CMap m, String key, Source missing) {
    CMap.Entry e = scalar(m, key, "a boolean (true or false)");
    if (e == null) {
      return Setting.unset(missing);
    }
    Boolean b = toBoolean(text(e));
    if (b == null) {
      wrong(e, "a boolean (true or false)");
      return Setting.unset(missing);
    }
    return Setting.explicit(b, at(e));
  }

  /** compose-go's toBoolean. */
  static Boolean toBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "y", "yes", "true", "on" -> Boolean.TRUE;
      case "n", "no", "false", "off" -> Boolean.FALSE;
      default -> null;
    };
  }

  Setting<Long> integer(CMap m, String key, Source missing) {
    CMap.Entry e = scalar(m, key, "an integer");
    if (e == null) {
      return Setting.unset(missing);
    }
    String t = text(e).trim();
    if (!INTEGER.matcher(t).matches() || t.length() > 18) {
      wrong(e, "an integer");
      return Setting.unset(missing);
    }
    return Setting.explicit(Long.parseLong(t.startsWith("+") ? t.substring(1) : t), at(e));
  }

  /** A number such as cpus: 0.5 or "1.5", kept as written. */
  Setting<String> number(CMap m, String key, Source missing) {
    CMap.Entry e = scalar(m, key, "a number");
    if (e == null) {
      return Setting.unset(missing);
    }
    String t = text(e).trim();
    try {
      double d = Double.parseDouble(t);
      if (Double.isNaN(d) || Double.isInfinite(d) || t.endsWith("d") || t.endsWith("f") || t.endsWith("D") || t.endsWith("F")) {
        throw new NumberFormatException(t);
      }
    } catch (NumberFormatException ex) {
      wrong(e, "a number");
      return Setting.unset(missing);
    }
    return Setting.explicit(t, at(e));
  }

  /** A byte size such as mem_limit: 512m, "1g" or 1073741824, kept as written. */
  Setting<String> bytes(CMap m, String key, Source missing) {
    CMap.Entry e = scalar(m, key, "a byte size such as 512m");
    if (e == null) {
      return Setting.unset(missing);
    }
    String t = text(e).trim();
    if (!BYTES.matcher(t).matches()) {
      wrong(e, "a byte size such as 512m");
      return Setting.unset(missing);
    }
    return Setting.explicit(t, at(e));
  }

  /** True when a number or byte size written as text is zero ("0", "0.0", "0m"). */
  static boolean isZero(String t) {
    String digits = t.replaceAll("(?i)[^0-9.]", "");
    try {
      return !digits.isEmpty() && Double.parseDouble(digits) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A list of strings, each with its own source; items of another type are reported. */
  List<Setting<String>> strings(CMap m, String key) {
    CMap.Entry e = entry(m, key);
    if (e == null) {
      return List.of();
    }
    if (!(e.value() instanceof CSeq seq)) {
      wrong(e, "a list of strings");
      return List.of();
    }
    List<Setting<String>> out = new ArrayList<>();
    for (CNode item : seq.items()) {
      if (item instanceof CScalar s && !s.isNull()) {
        out.add(Setting.of(s.text(), Origin.EXPLICIT, s.loc().source()));
      } else {
        wrong(item, "a string");
      }
    }
    return out;
  }

  /**
   * A list of capability names; one that is not a Linux capability (nor ALL) is reported with a
   * hint and left out, since the engine refuses a container that names it.
   */
  List<Setting<String>> capabilities(CMap m, String key) {
    List<Setting<String>> out = new ArrayList<>();
    for (Setting<String> name : strings(m, key)) {
      if (CapabilityNames.isValid(name.value())) {
        out.add(name);
      } else {
        problems.add(name.source(), Problems.path(name.source().pointer()) + ": " + CapabilityNames.unknown(name.value()));
      }
    }
    return out;
  }

  /** The items of a list field, or of a field that may be one string or a list of them. */
  List<CNode> items(CMap m, String key, boolean scalarAllowed, String expected) {
    CMap.Entry e = entry(m, key);
    if (e == null) {
      return List.of();
    }
    if (e.value() instanceof CSeq seq) {
      return seq.items();
    }
    if (scalarAllowed && e.value() instanceof CScalar s) {
      return List.of(s);
    }
    wrong(e, expected);
    return List.of();
  }
}
