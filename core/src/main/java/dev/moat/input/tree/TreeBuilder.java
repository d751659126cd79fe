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
    private final LinkedHashMap<String, MapNode.Entry> entries = new LinkedHashMap<>();
    private final List<Node> merges = new ArrayList<>(0);
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
        return new MapNode(entries, line, true); // this assembly is done with its map: no copy
      }
      LinkedHashMap<String, MapNode.Entry> merged = new LinkedHashMap<>(entries);
      for (Node m : merges) {
        for (MapNode.Entry e : ((MapNode) m).entries()) {
          merged.putIfAbsent(e.key(), e);
        }
      }
      return new MapNode(merged, line, true);
    }
  }

  /**
   * Anchors of one document and the count of alias uses, to stop alias bombs early. An alias
   * weighs one use plus the uses inside the node it names: nine levels of nine aliases each are 81
   * aliases as written but 9^9 nodes for whoever walks the tree, and must not pass as 81.
   */
  static final class Anchors {
    private record Anchored(Node node, long usesInside) {}

    private final Map<String, Anchored> byName = new HashMap<>();
    private final int maxAliases;
    private long aliasUses;

    Anchors(int maxAliases) {
      this.maxAliases = maxAliases;
    }

    /** Alias uses so far; take it before building an anchored node to know the uses inside it. */
    long uses() {
      return aliasUses;
    }

    void define(String name, Node node, long usesInside) {
      byName.put(name, new Anchored(node, usesInside));
    }

    Node resolve(String name, int line) throws TreeException {
      Anchored anchored = byName.get(name);
      if (anchored == null) {
        throw new TreeException("alias *" + name + " refers to no anchor defined before it", line);
      }
      aliasUses += 1 + anchored.usesInside();
      if (aliasUses > maxAliases) {
        throw new TreeException("more than " + maxAliases
            + " alias uses in one document, counting the aliases inside aliased nodes (an alias bomb?)", line);
      }
      return anchored.node();
    }
  }
}
