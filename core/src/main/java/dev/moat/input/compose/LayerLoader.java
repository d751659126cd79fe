package dev.moat.input.compose;

import dev.moat.input.ReadResult;
import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.tree.Document;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Loads one file of a project into one layer: each document interpolated, its services' extends
 * resolved ({@link ExtendsResolver}), its include: entries loaded with this same loader and merged
 * under it ({@link IncludeResolver}), the documents merged in order. Tags such as !reset stay until
 * the layer is merged over the layers before it, so they work across files.
 */
final class LayerLoader {

  private final Interpolator interpolator;
  private final ExtendsResolver extendsResolver;
  private final IncludeResolver includeResolver;
  private final List<InputError> errors;
  private final Map<String, Source> unsetVariables;

  /** @param unsetVariables receives the variables the files use without setting them, first use first */
  LayerLoader(ProjectFiles files, Interpolator interpolator, List<InputError> errors,
      Map<String, Source> unsetVariables) {
    this.interpolator = interpolator;
    this.extendsResolver = new ExtendsResolver(files, interpolator, errors, unsetVariables);
    this.includeResolver = new IncludeResolver(files, errors, this);
    this.errors = errors;
    this.unsetVariables = unsetVariables;
  }

  /** The chain of files a file named by the user starts: only itself. */
  static Deque<String> chainOf(FileRef ref) {
    Deque<String> chain = new ArrayDeque<>();
    chain.add(ref.path() == null ? ref.label() : ref.path().toAbsolutePath().normalize().toString());
    return chain;
  }

  /**
   * The documents of one file, each interpolated, with its extends and includes resolved, merged
   * in order; null when the file has errors (they are in the project's list).
   *
   * @param out counts the documents of files named by the user; null for an included file
   * @param chain the files that include this one, to refuse an include cycle
   */
  CMap load(FileRef ref, List<Document> docs, String text, ReadResult out, Deque<String> chain) {
    Converter converter = new Converter(ref.label(), ref.dir(), interpolator, text);
    CMap merged = null;
    boolean ok = true;
    for (Document d : docs) {
      if (d.failed()) {
        errors.add(d.inputError(ref.label()));
        ok = false;
        continue;
      }
      if (d.isEmpty()) {
        continue;
      }
      if (out != null) {
        out.countDocument();
      }
      CNode root = converter.convert(d.root());
      if (!(root instanceof CMap map)) {
        errors.add(new InputError(root.loc().source(),
            "expected a Compose file (a mapping with services:), found " + root.describe()));
        ok = false;
        continue;
      }
      if (!converter.errors().isEmpty()) {
        continue;
      }
      // Tags stay until the file is merged over the layers before it: !reset works across files.
      CMap resolved = includeResolver.apply(extendsResolver.apply(map, ref), ref, chain);
      merged = merged == null ? resolved : Merge.files(merged, resolved);
    }
    errors.addAll(converter.errors());
    converter.unsetVariables().forEach(unsetVariables::putIfAbsent);
    if (!ok || !converter.errors().isEmpty()) {
      return null;
    }
    return merged != null ? merged : CMap.of(List.of(), new CNode.Loc(ref.label(), 1, "", ref.dir()));
  }
}
