package dev.moat.input.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles nodes for the loaders, applying the rules both YAML and JSON share: string keys only,
 * duplicate keys rejected (two parsers reading different values of one key is a classic way to
 * slip a setting past a scanner), nesting bounded.
 */
final class TreeBuilder {

  private final Limits limits;

  TreeBuilder(Limits limits) {
    this.limits = limits;
  }

  void checkDepth(int depth, int line) throws TreeException {
    if (depth > limits.maxDepth()) {
      throw new TreeException(
          "document nests deeper than " + limits.maxDepth() + " levels", line);
    }
  }

  /** Collects the entries of one mapping, then applies YAML merge keys at the end. */
  static final class MapAssembly {
    private final Map<String, MapNode.Entry> entries = new LinkedHashMap<>();
    private final List<Node> merges = new ArrayList<>();
    private final int line;

    MapAssembly(int line) {
      this.line = line;
    }

    void put(String key, int keyLine, Node value) throws TreeException {
      MapNode.Entry previous = entries.get(key);
      if (previous != null) {
        throw new TreeException(
            "duplicate key '" + key + "' (first written on line " + previous.keyLine() + ")", keyLine);
      }
      entries.put(key, new MapNode.Entry(key, value, keyLine));
    }

    /** A YAML 1.1 merge key ({@code <<: *base}); explicit keys win over merged ones. */
    void merge(Node value, int line) throws TreeException {
      if (value instanceof MapNode) {
        merges.add(value);
      } else if (value instanceof SeqNode seq) {
        for (Node item : seq.items()) {
          if (!(item instanceof MapNode)) {
            throw new TreeException("a merge key (<<) takes mappings, found " + item.describe(), line);
          }
          merges.add(item);
        }
      } else {
        throw new TreeException("a merge key (<<) takes a mapping, found " + value.describe(), line);
      }
    }

    MapNode build() {
      if (merges.isEmpty()) {
        return new MapNode(entries, line);
      }
      Map<String, MapNode.Entry> merged = new LinkedHashMap<>(entries);
      for (Node m : merges) {
        for (MapNode.Entry e : ((MapNode) m).entries()) {
          merged.putIfAbsent(e.key(), e);
        }
      }
      return new MapNode(merged, line);
    }
  }

  /** Anchors of one document and the count of alias uses, to stop alias bombs early. */
  static final class Anchors {
    private final Map<String, Node> byName = new HashMap<>();
    private final int maxAliases;
    private int aliasUses;

    Anchors(int maxAliases) {
      this.maxAliases = maxAliases;
    }

    void define(String name, Node node) {
      byName.put(name, node);
    }

    Node resolve(String name, int line) throws TreeException {
      Node node = byName.get(name);
      if (node == null) {
        throw new TreeException("alias *" + name + " refers to no anchor defined before it", line);
      }
      if (++aliasUses > maxAliases) {
        throw new TreeException(
            "more than " + maxAliases + " alias uses in one document (an alias bomb?)", line);
      }
      return node;
    }
  }
}
