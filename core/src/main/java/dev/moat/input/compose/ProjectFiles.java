package dev.moat.input.compose;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.tree.Document;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files of one Compose project: the one named, its overrides, and those reached through
 * {@code extends: file:} and {@code include}, read only through {@link ReadContext#readText}, only
 * when they are local relative paths, and at most {@link #MAX_EXTRA_FILES} of the latter. What
 * cannot be read is an error in the project's list; how reports name each file is decided here.
 */
final class ProjectFiles {

  /** Files read for one project besides the ones named (extends and include), to bound hostile input. */
  static final int MAX_EXTRA_FILES = 32;

  private final InputFile input;
  private final ReadContext context;
  private final List<InputError> errors;
  private final Set<Path> reached = new LinkedHashSet<>();
  private int extraFiles;

  ProjectFiles(InputFile input, ReadContext context, List<InputError> errors) {
    this.input = input;
    this.context = context;
    this.errors = errors;
  }

  /** The file named: the project directory is its directory. */
  FileRef main() {
    return new FileRef(input.label(), input.path(), "");
  }

  /** The text of the file named, whose documents the caller already has; null when it cannot be read again. */
  String mainText() {
    return input.path() == null ? input.inline() : readQuietly(input.path());
  }

  /** The override files (-f a -f b), in order; their relative paths point at the project directory too. */
  List<FileRef> overrides() {
    List<FileRef> out = new ArrayList<>();
    for (Path override : input.overrides()) {
      out.add(new FileRef(overrideLabel(override), override, ""));
    }
    return out;
  }

  /**
   * Counts one more file reached through extends or include.
   *
   * @return false, with an error at {@code at}, once there are more than {@link #MAX_EXTRA_FILES}
   */
  boolean withinLimit(Source at) {
    if (++extraFiles > MAX_EXTRA_FILES) {
      errors.add(new InputError(at, "more than " + MAX_EXTRA_FILES + " files reached through extends and include"));
      return false;
    }
    return true;
  }

  /** The files reached through extends and include so far, absolute and normalised, first reached first. */
  Set<Path> reached() {
    return Collections.unmodifiableSet(reached);
  }

  /** @param from where the file is named (an extends or include), or null for a file named by the user */
  String read(FileRef ref, Source from) {
    if (from != null) {
      reached.add(ref.path().toAbsolutePath().normalize());
    }
    try {
      return context.readText(ref.path());
    } catch (NoSuchFileException e) {
      errors.add(new InputError(from != null ? from : new Source(ref.label(), 0, ""),
          from != null ? "cannot read " + ref.label() + ": no such file" : "no such file or directory"));
    } catch (IOException | IllegalArgumentException e) {
      errors.add(new InputError(from != null ? from : new Source(ref.label(), 0, ""),
          (from != null ? "cannot read " + ref.label() + ": " : "cannot read: ") + e.getMessage()));
    }
    return null;
  }

  private String readQuietly(Path path) {
    try {
      return context.readText(path);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  List<Document> parse(FileRef ref, String text) {
    boolean json = ref.label().toLowerCase(Locale.ROOT).endsWith(".json");
    List<Document> docs = json ? context.json().load(text) : context.yaml().load(text);
    if (docs.stream().allMatch(Document::isEmpty)) {
      errors.add(new InputError(new Source(ref.label(), 0, ""), "empty: no documents in this file"));
      return List.of();
    }
    return docs;
  }

  /** The file an extends or include names, when it is a local relative path of a file that has a path. */
  FileRef relativeFile(FileRef from, String file, Source at, String where) {
    if (from.path() == null) {
      errors.add(new InputError(at, where + ": " + file + " cannot be found from standard input"));
      return null;
    }
    boolean absolute = file.startsWith("/") || file.startsWith("\\") || file.startsWith("~")
        || file.length() > 1 && file.charAt(1) == ':' || file.contains("://") || file.startsWith("git@");
    if (absolute) {
      errors.add(new InputError(at, where + ": " + file
          + " is not a local relative path; Moat reads only files beside the project"));
      return null;
    }
    Path parent = from.path().getParent();
    Path path = (parent == null ? Path.of(file) : parent.resolve(file)).normalize();
    String rel = file.replace('\\', '/');
    String fileDir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
    String dir = fileDir.isEmpty() ? from.dir() : Paths.relative(from.dir(), fileDir, false);
    return new FileRef(Paths.clean(join(parentLabel(from.label()), rel)), path, dir);
  }

  private String overrideLabel(Path override) {
    Path main = input.path();
    Path mainParent = main == null ? null : main.getParent();
    Path overrideParent = override.getParent();
    boolean sameDir = main != null && (mainParent == null ? overrideParent == null : mainParent.equals(overrideParent));
    return sameDir ? join(parentLabel(input.label()), override.getFileName().toString()) : override.toString();
  }

  static String parentLabel(String label) {
    int slash = label.lastIndexOf('/');
    return slash < 0 ? "" : label.substring(0, slash);
  }

  static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
