package dev.moat.input.tree;

import dev.moat.model.InputError;
import dev.moat.model.Source;

/**
 * One document of a file: its root (null for an empty document) or the error that stopped it.
 * A bad document never hides the good ones beside it.
 *
 * @param line the 1-based line where the document starts
 * @param helmSource the template a Helm-rendered document came from ("# Source: ..."), or null
 */
public record Document(Node root, TreeException error, int line, String helmSource) {

  public static Document of(Node root, int line, String helmSource) {
    return new Document(root, null, line, helmSource);
  }

  public static Document failed(TreeException error, int line) {
    return new Document(null, error, line, null);
  }

  public boolean failed() {
    return error != null;
  }

  public boolean isEmpty() {
    return error == null && root == null;
  }

  /** The error of a failed document as every reader reports it: at its line in {@code file}, line 1 at the least. */
  public InputError inputError(String file) {
    return new InputError(new Source(file, Math.max(1, error.line()), ""), error.getMessage());
  }
}
