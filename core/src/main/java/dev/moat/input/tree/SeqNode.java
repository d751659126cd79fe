package dev.moat.input.tree;

import java.util.List;

/** A YAML sequence or JSON array. */
public record SeqNode(List<Node> items, int line) implements Node {

  public SeqNode {
    items = List.copyOf(items);
  }

  public int size() {
    return items.size();
  }

  public Node get(int i) {
    return items.get(i);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
