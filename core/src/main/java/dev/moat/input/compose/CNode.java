package dev.moat.input.compose;

import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Compose document after interpolation, as a tree whose every node remembers the file, line and
 * JSON pointer it was written at. Compose merges several files (and {@code extends} bases) into one
 * model, so one service's keys may come from different files; the shared {@code Node} tree knows
 * lines but not files, hence this small tree of the Compose reader's own.
 */
sealed interface CNode permits CNode.CMap, CNode.CSeq, CNode.CScalar {

  Loc loc();

  /** A word for error messages: "a mapping", "a list", "the string "x"". */
  String describe();

  /**
   * Where something is written: the file as the user named it, its line, the JSON pointer in that
   * file's document, and the directory relative paths in that file are resolved against, relative
   * to the project directory ("" for the project directory itself).
   */
  record Loc(String file, int line, String pointer, String dir) {

    Source source() {
      return new Source(file, line, pointer);
    }

    Loc child(String token, int childLine) {
      return new Loc(file, childLine, pointer + "/" + Source.escape(token), dir);
    }
  }

  /** The Compose merge tags: {@code !reset} removes a value, {@code !override} replaces it. */
  enum Tag {
    NONE,
    RESET,
    OVERRIDE
  }

  /** A scalar after interpolation; {@code isNull} for a plain YAML null ({@code ~}, {@code null}, nothing). */
  record CScalar(String text, boolean plain, boolean isNull, Loc loc, List<String> unset) implements CNode {

    /**
     * @param unset variables the value uses that are not set (interpolated as ""), for messages
     */
    public CScalar {
      unset = List.copyOf(unset);
    }

    CScalar(String text, boolean plain, boolean isNull, Loc loc) {
      this(text, plain, isNull, loc, List.of());
    }

    @Override
    public String describe() {
      if (isNull) {
        return "null";
      }
      String shown = text.length() <= 40 ? text : text.substring(0, 37) + "...";
      String found = plain ? "\"" + shown + "\"" : "the string \"" + shown + "\"";
      if (unset.isEmpty()) {
        return found;
      }
      return found + " (" + String.join(", ", unset) + (unset.size() == 1 ? " is" : " are")
          + " not set, so read as empty)";
    }
  }

  record CSeq(List<CNode> items, Loc loc) implements CNode {

    public CSeq {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping in document order; each entry keeps where its key is written and its merge tag. */
  record CMap(Map<String, Entry> entries, Loc loc) implements CNode {

    record Entry(String key, CNode value, Loc keyLoc, Tag tag) {

      Entry withValue(CNode v) {
        return new Entry(key, v, keyLoc, tag);
      }
    }

    public CMap {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    static CMap of(List<Entry> list, Loc loc) {
      Map<String, Entry> m = new LinkedHashMap<>();
      for (Entry e : list) {
        m.put(e.key(), e);
      }
      return new CMap(m, loc);
    }

    CNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    Entry entry(String key) {
      return entries.get(key);
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    /** The value of a key unless it is absent or null. */
    CNode present(String key) {
      CNode n = get(key);
      return n == null || isNull(n) ? null : n;
    }

    List<Entry> list() {
      return new ArrayList<>(entries.values());
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  static boolean isNull(CNode n) {
    return n instanceof CScalar s && s.isNull();
  }
}
