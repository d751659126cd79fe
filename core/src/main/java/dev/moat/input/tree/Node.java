package dev.moat.input.tree;

/**
 * A node of a parsed YAML or JSON document that remembers its line. Every input format that is a
 * tree (Kubernetes, Compose, inspect JSON, OCI config) is read through this one shape, so the
 * format readers never see the parser library.
 */
public sealed interface Node permits MapNode, SeqNode, ScalarNode {

  /** 1-based line where the node starts. */
  int line();

  /** A word for error messages: "a mapping", "a list", "a string", ... */
  String describe();
}
