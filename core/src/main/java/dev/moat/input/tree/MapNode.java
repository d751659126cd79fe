package dev.moat.input.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A YAML mapping or JSON object with string keys, in document order. Each entry keeps the line of
 * its key, which is where a finding about that field should point.
 */
public final class MapNode implements Node {

  /** One key with its value and the line the key is written on. */
  public record Entry(String key, Node value, int keyLine) {}

  private final Map<String, Entry> entries;
  private final int line;

  public MapNode(Map<String, Entry> entries, int line) {
    this(new LinkedHashMap<>(entries), line, true);
  }

  /** Takes a map nobody else holds, without copying it (the builder's, one per mapping parsed). */
  MapNode(LinkedHashMap<String, Entry> owned, int line, boolean unused) {
    this.entries = Collections.unmodifiableMap(owned);
    this.line = line;
  }

  @Override
  public int line() {
    return line;
  }

  /** The value of a key, or null when absent. */
  public Node get(String key) {
    Entry e = entries.get(key);
    return e == null ? null : e.value();
  }

  public Entry entry(String key) {
    return entries.get(key);
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public Iterable<Entry> entries() {
    return entries.values();
  }

  public int size() {
    return entries.size();
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
