package dev.moat.input.compose;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.tree.Document;
import dev.moat.model.InputError;
import dev.moat.model.InputNote;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a Compose project the way docker compose does before it creates anything: the variables
 * (the environment over the {@code .env} beside the first file, {@link ProjectVariables}), each
 * file interpolated, each file's {@code extends} and {@code include} resolved ({@link LayerLoader}),
 * the files merged in order. The project directory is the first file's directory: relative paths of
 * every file given with {@code -f} are relative to it, those of a file reached through
 * {@code extends: file:} or {@code include} to that file's own directory. Files besides the ones
 * named are read only through {@link ReadContext#readText}, only when they are local relative
 * paths, and at most {@link ProjectFiles#MAX_EXTRA_FILES} of them.
 */
final class Project {

  private final InputFile input;
  private final ReadContext context;
  private final List<InputError> errors = new ArrayList<>();
  private final Map<String, Source> unsetVariables = new LinkedHashMap<>();
  private Interpolator interpolator;
  private ProjectFiles files;

  Project(InputFile input, ReadContext context) {
    this.input = input;
    this.context = context;
  }

  Interpolator interpolator() {
    return interpolator;
  }

  /** The files {@link #load} reached through extends and include (see {@link ProjectFiles#reached}). */
  java.util.Set<java.nio.file.Path> reachedFiles() {
    return files == null ? java.util.Set.of() : files.reached();
  }

  /** The absolute directory of the first file, or null for standard input. */
  static java.nio.file.Path projectDirectory(InputFile input) {
    if (input.path() == null) {
      return null;
    }
    return input.path().toAbsolutePath().normalize().getParent();
  }

  /**
   * The merged project, or null when something stopped it (the errors are then in {@code out}):
   * docker compose refuses a project it cannot load, so Moat judges none of it either.
   */
  CMap load(List<Document> mainDocuments, ReadResult out) {
    interpolator = new Interpolator(ProjectVariables.read(input, context, errors), projectDirectory(input));
    if (!errors.isEmpty()) {
      out.addErrors(errors);
      return null;
    }
    files = new ProjectFiles(input, context, errors);
    LayerLoader loader = new LayerLoader(files, interpolator, errors, unsetVariables);
    FileRef main = files.main();
    List<CMap> layers = new ArrayList<>();
    String mainText = files.mainText();
    CMap first = loader.load(main, mainDocuments, mainText, out, LayerLoader.chainOf(main));
    if (first != null) {
      layers.add(first);
    }
    for (FileRef ref : files.overrides()) {
      String text = files.read(ref, null);
      if (text != null) {
        CMap layer = loader.load(ref, files.parse(ref, text), text, out, LayerLoader.chainOf(ref));
        if (layer != null) {
          layers.add(layer);
        }
      }
    }
    if (!errors.isEmpty()) {
      out.addErrors(errors);
      return null;
    }
    CMap project = CMap.of(List.of(), new CNode.Loc(main.label(), 1, "", ""));
    for (CMap layer : layers) {
      project = Merge.files(project, layer);
    }
    if (!unsetVariables.isEmpty()) {
      List<String> names = new ArrayList<>(unsetVariables.keySet());
      boolean one = names.size() == 1;
      out.addNote(new InputNote(unsetVariables.values().iterator().next(), (one
          ? "variable " + names.get(0) + " is not set" : "variables " + String.join(", ", names) + " are not set")
          + ": read as empty, as docker compose does (set " + (one ? "it" : "them") + " in the environment or in "
          + "the .env file beside the Compose file)"));
    }
    return project;
  }
}
