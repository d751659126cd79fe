package dev.moat.input;

import dev.moat.input.tree.Limits;

/** How inputs are read: the bounds applied to untrusted documents. */
public record InputOptions(Limits limits) {

  public static final InputOptions DEFAULT = new InputOptions(Limits.DEFAULT);
}
