package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.input.tree.Problems;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a file's include: entries: each included project (path: one file or a list merged in
 * order; project_directory: where its relative paths point, by default its own directory) is
 * loaded with its own extends and includes, and the including file is merged over them. Included
 * files are interpolated with this project's variables; their own env_file and .env are not read.
 * A file that includes itself, directly or not, is an error.
 */
final class IncludeResolver {

  private final ProjectFiles files;
  private final List<InputError> errors;
  private final LayerLoader loader;

  /** @param loader loads each included file, with its own includes */
  IncludeResolver(ProjectFiles files, List<InputError> errors, LayerLoader loader) {
    this.files = files;
    this.errors = errors;
    this.loader = loader;
  }

  /** @param chain the files that include this one */
  CMap apply(CMap root, FileRef ref, Deque<String> chain) {
    CMap.Entry include = root.entry("include");
    if (include == null || CNode.isNull(include.value())) {
      return root;
    }
    String where = Problems.path(include.keyLoc().pointer());
    if (!(include.value() instanceof CNode.CSeq seq)) {
      errors.add(new InputError(include.keyLoc().source(), where + ": expected a list of files, found "
          + include.value().describe()));
      return root;
    }
    CMap base = null;
    for (int i = 0; i < seq.items().size(); i++) {
      CNode item = seq.items().get(i);
      Source at = item.loc().source();
      String itemWhere = where + "[" + i + "]";
      List<String> paths = new ArrayList<>();
      String projectDirectory = null;
      if (item instanceof CScalar s && !s.isNull()) {
        paths.add(s.text());
      } else if (item instanceof CMap m) {
        CNode path = m.present("path");
        if (path instanceof CScalar s) {
          paths.add(s.text());
        } else if (path instanceof CNode.CSeq ps) {
          for (CNode p : ps.items()) {
            if (p instanceof CScalar s) {
              paths.add(s.text());
            }
          }
        }
        projectDirectory = m.present("project_directory") instanceof CScalar d ? d.text() : null;
      }
      if (paths.isEmpty()) {
        errors.add(new InputError(at, itemWhere + ": expected a file or a mapping with path:, found " + item.describe()));
        continue;
      }
      CMap model = null;
      for (String p : paths) {
        FileRef included = files.relativeFile(ref, p, at, itemWhere);
        if (included == null) {
          continue;
        }
        if (projectDirectory != null) {
          included = new FileRef(included.label(), included.path(), Paths.relative(ref.dir(), projectDirectory, false));
        }
        CMap loaded = load(included, at, chain, itemWhere);
        if (loaded != null) {
          model = model == null ? loaded : Merge.files(model, loaded);
        }
      }
      if (model != null) {
        base = base == null ? model : Merge.files(base, model);
      }
    }
    List<CMap.Entry> rest = new ArrayList<>();
    for (CMap.Entry e : root.list()) {
      if (!"include".equals(e.key())) {
        rest.add(e);
      }
    }
    CMap own = CMap.of(rest, root.loc());
    return base == null ? own : new CMap(Merge.files(base, own).entries(), root.loc());
  }

  private CMap load(FileRef ref, Source at, Deque<String> chain, String where) {
    String key = ref.path().toAbsolutePath().normalize().toString();
    if (chain.contains(key)) {
      errors.add(new InputError(at, where + ": include cycle: " + ref.label() + " includes itself"));
      return null;
    }
    if (!files.withinLimit(at)) {
      return null;
    }
    String text = files.read(ref, at);
    if (text == null) {
      return null;
    }
    Deque<String> next = new ArrayDeque<>(chain);
    next.addLast(key);
    int before = errors.size();
    CMap loaded = loader.load(ref, files.parse(ref, text), text, null, next);
    return errors.size() > before ? null : loaded;
  }
}
