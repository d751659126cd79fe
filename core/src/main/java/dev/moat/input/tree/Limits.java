package dev.moat.input.tree;

/**
 * Bounds on untrusted documents. Manifests come from anyone, so size, nesting and alias use are
 * capped before any of it reaches the readers.
 *
 * @param maxBytes the largest file accepted
 * @param maxDepth the deepest nesting of mappings and lists
 * @param maxAliases alias uses per document (a billion-laughs document needs many)
 */
public record Limits(long maxBytes, int maxDepth, int maxAliases) {

  public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, 128, 500);
}
