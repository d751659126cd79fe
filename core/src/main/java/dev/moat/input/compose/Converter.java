package dev.moat.input.compose;

import dev.moat.input.tree.MapNode;
import dev.moat.input.tree.Node;
import dev.moat.input.tree.Problems;
import dev.moat.input.tree.ScalarNode;
import dev.moat.input.tree.SeqNode;
import dev.moat.input.tree.YamlLoader;
import dev.moat.model.InputError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one parsed document into a {@link CNode} tree: every scalar value interpolated (keys are
 * not, as in Compose), every node stamped with its file, line, pointer and base directory, and the
 * {@code !reset} / {@code !override} tags of the file attached to the keys they stand on.
 */
final class Converter {

  private static final Pattern TAGGED_KEY = Pattern.compile(
      "^\\s*(?:-\\s+)?(?:\"([^\"]*)\"|'([^']*)'|([^\\s#'\"][^#]*?))\\s*:\\s+!(reset|override)(?=\\s|$)");

  private final String file;
  private final String dir;
  private final Interpolator interpolator;
  private final Map<Integer, String> taggedKeys;
  private final Map<Integer, CNode.Tag> tags;
  private final Map<String, InputError> errors;
  private final Map<String, dev.moat.model.Source> unsetVariables = new LinkedHashMap<>();

  /**
   * @param text the file's text, to find its merge tags (the shared YAML tree does not keep tags);
   *     null when it is not at hand, and then tags are not honoured
   */
  Converter(String file, String dir, Interpolator interpolator, String text) {
    this.file = file;
    this.dir = dir;
    this.interpolator = interpolator.inDirectory(dir);
    this.taggedKeys = new HashMap<>();
    this.tags = new HashMap<>();
    this.errors = new LinkedHashMap<>();
    if (text != null && (text.contains("!reset") || text.contains("!override"))) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = TAGGED_KEY.matcher(lines[i]);
        if (m.find()) {
          String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
          taggedKeys.put(i + 1, key);
          tags.put(i + 1, "reset".equals(m.group(4)) ? CNode.Tag.RESET : CNode.Tag.OVERRIDE);
        }
      }
    }
  }

  /** Interpolation errors met so far (each once, even when an alias repeats the value). */
  List<InputError> errors() {
    return new ArrayList<>(errors.values());
  }

  /** Variables used but not set (read as ""), each with where it is first used. */
  Map<String, dev.moat.model.Source> unsetVariables() {
    return unsetVariables;
  }

  CNode convert(Node root) {
    return convert(root, "");
  }

  private CNode convert(Node n, String pointer) {
    CNode.Loc loc = new CNode.Loc(file, n.line(), pointer, dir);
    if (n instanceof MapNode map) {
      List<CNode.CMap.Entry> entries = new ArrayList<>(map.size());
      for (MapNode.Entry e : map.entries()) {
        String childPointer = pointer + "/" + dev.moat.model.Source.escape(e.key());
        CNode.Loc keyLoc = new CNode.Loc(file, e.keyLine(), childPointer, dir);
        CNode.Tag tag = e.key().equals(taggedKeys.get(e.keyLine())) ? tags.get(e.keyLine()) : CNode.Tag.NONE;
        entries.add(new CNode.CMap.Entry(e.key(), convert(e.value(), childPointer), keyLoc, tag));
      }
      return CNode.CMap.of(entries, loc);
    }
    if (n instanceof SeqNode seq) {
      List<CNode> items = new ArrayList<>(seq.size());
      for (int i = 0; i < seq.size(); i++) {
        items.add(convert(seq.get(i), pointer + "/" + i));
      }
      return new CNode.CSeq(items, loc);
    }
    ScalarNode s = (ScalarNode) n;
    if (s.isNullValue()) {
      return new CNode.CScalar("", true, true, loc);
    }
    String text = s.text();
    List<String> unset = List.of();
    try {
      text = interpolator.apply(text);
      unset = interpolator.unsetInLast();
      for (String name : unset) {
        unsetVariables.putIfAbsent(name, loc.source());
      }
    } catch (Interpolator.Failure f) {
      String message = Problems.path(pointer) + ": " + f.getMessage();
      errors.putIfAbsent(n.line() + " " + f.getMessage(), new InputError(loc.source(), message));
    }
    return new CNode.CScalar(text, s.plain(), false, loc, unset);
  }
}
