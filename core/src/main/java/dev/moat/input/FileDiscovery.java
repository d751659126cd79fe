package dev.moat.input;

import dev.moat.input.compose.ComposeReferences;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands what the user asked for into the inputs to read: files as named, directories walked
 * recursively in a stable (sorted) order for files whose name or extension says configuration,
 * hidden directories such as .git skipped, symbolic links to files read, links to directories not
 * followed (so a link loop cannot hang a scan). In a directory, the default Compose file and its
 * override (compose.yaml + compose.override.yaml) are one project, merged as docker compose does.
 */
final class FileDiscovery {

  /** docker compose's default file names, in its order of preference. */
  static final List<String> COMPOSE_DEFAULTS =
      List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");
  static final List<String> COMPOSE_OVERRIDES = List.of(
      "compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml");

  private FileDiscovery() {}

  static List<InputFile> expand(ScanRequest request, List<InputError> errors, ReadContext context) {
    List<InputFile> out = new ArrayList<>();
    InputFormat format = request.format();
    // A Compose project named with --compose-file comes first, so a walk over the same directory
    // does not read its base file a second time without the overrides.
    composeProject(request.composeFiles(), out, errors);
    for (String p : request.paths()) {
      if (InputFile.STDIN.equals(p)) {
        out.add(InputFile.stdin(format));
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        walk(p, path, format, out, errors, context);
      } else if (Files.isRegularFile(path) || isPipe(path)) {
        out.add(InputFile.file(p, path, true, format));
      } else {
        errors.add(missing(p, path));
      }
    }
    int n = 1;
    for (String run : request.runCommands()) {
      out.add(InputFile.inline("--run #" + n++, run, InputFormat.RUN));
    }
    for (String d : request.dockerfiles()) {
      Path path = Path.of(d);
      if (Files.isRegularFile(path)) {
        out.add(InputFile.file(d, path, true, InputFormat.DOCKERFILE));
      } else {
        errors.add(missing(d, path));
      }
    }
    return distinct(out);
  }

  /**
   * A readable non-directory that is not a regular file: a named pipe, or the /dev/fd entry that
   * bash's process substitution gives (moat scan <(helm template .)). It is read like standard
   * input, within the size limit.
   */
  private static boolean isPipe(Path path) {
    return Files.exists(path) && !Files.isDirectory(path) && Files.isReadable(path);
  }

  /**
   * Each file once, even when overlapping paths name it twice (examples/ and
   * examples/kubernetes/pod.yaml, or ./x.yaml and x.yaml): the first naming wins.
   */
  private static List<InputFile> distinct(List<InputFile> files) {
    Set<Object> seen = new HashSet<>();
    List<InputFile> out = new ArrayList<>(files.size());
    for (InputFile f : files) {
      Object key = f.path() == null ? f.label() : realPath(f.path());
      if (seen.add(key)) {
        out.add(f);
      }
    }
    return out;
  }

  private static Object realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static InputError missing(String label, Path path) {
    return new InputError(new Source(label, 0, ""),
        Files.exists(path) ? "not a regular file or directory" : "no such file or directory");
  }

  /** --compose-file a.yml --compose-file b.yml: one project, b merged over a. */
  private static void composeProject(List<String> files, List<InputFile> out, List<InputError> errors) {
    List<Path> paths = new ArrayList<>();
    for (String f : files) {
      Path p = Path.of(f);
      if (Files.isRegularFile(p)) {
        paths.add(p);
      } else if (Files.isDirectory(p)) {
        errors.add(new InputError(new Source(f, 0, ""), "is a directory: --compose-file takes a Compose file "
            + "(scan the directory itself to read its compose.yaml and compose.override.yaml)"));
      } else {
        errors.add(missing(f, p));
      }
    }
    if (!paths.isEmpty()) {
      out.add(new InputFile(files.get(0), paths.get(0), true, InputFormat.COMPOSE,
          paths.subList(1, paths.size()), null));
    }
  }

  private static void walk(String label, Path root, InputFormat format, List<InputFile> out, List<InputError> errors,
      ReadContext context) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          // Hidden directories (.git) and installed dependencies (node_modules) are not the project's configuration.
          if (!dir.equals(root) && (name.startsWith(".") || "node_modules".equals(name))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // A link to a file is read like the file (manifests are often linked between
          // overlays); a link to a directory is not walked, so a loop cannot hang the scan.
          boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
          String name = file.getFileName().toString();
          if (regular && FormatDetector.isCandidate(name) && (format == null || FormatDetector.fits(format, name))) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          errors.add(new InputError(new Source(display(label, root, file), 0, ""), "cannot read: " + e.getMessage()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    boolean compose = format == null || format == InputFormat.COMPOSE;
    Set<Path> foundSet = new HashSet<>(found); // looked up once per file and Compose default name
    Set<Path> merged = new HashSet<>();
    for (Path f : found) {
      if (compose) {
        merged.addAll(overridesOf(f, foundSet)); // sorted first ("compose.o" < "compose.y"), read with its base
      }
    }
    if (compose) {
      merged.addAll(pulledIn(found, context));
    }
    for (Path f : found) {
      if (!merged.contains(f)) {
        List<Path> overrides = compose ? overridesOf(f, foundSet) : List.of();
        out.add(new InputFile(display(label, root, f), f, false, format, overrides, null));
      }
    }
  }

  /**
   * Files a Compose project pulls in with include: or extends: file: belong to that project and are
   * not read on their own (their services would be reported twice, an extends base would become a
   * phantom service). In a cycle, where two files pull in each other, both stay, so the reader can
   * report the cycle.
   */
  private static Set<Path> pulledIn(List<Path> found, ReadContext context) {
    Map<Path, Set<Path>> references = new HashMap<>();
    for (Path f : found) {
      if (FormatDetector.byName(f.getFileName().toString()) == InputFormat.COMPOSE) {
        references.put(normal(f), ComposeReferences.referencedFiles(f, context));
      }
    }
    Set<Path> skip = new HashSet<>();
    for (Path f : found) {
      Path file = normal(f);
      for (Map.Entry<Path, Set<Path>> r : references.entrySet()) {
        boolean mutual = references.getOrDefault(file, Set.of()).contains(r.getKey());
        if (!r.getKey().equals(file) && r.getValue().contains(file) && !mutual) {
          skip.add(f);
        }
      }
    }
    return skip;
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** For the preferred default Compose file of a directory, its override file, if any. */
  private static List<Path> overridesOf(Path file, Set<Path> found) {
    String name = file.getFileName().toString();
    Path dir = file.getParent();
    for (String d : COMPOSE_DEFAULTS) {
      Path candidate = dir.resolve(d);
      if (found.contains(candidate)) {
        if (!d.equals(name)) {
          return List.of(); // another default file of this directory is the project's base
        }
        for (String o : COMPOSE_OVERRIDES) {
          Path override = dir.resolve(o);
          if (found.contains(override)) {
            return List.of(override);
          }
        }
        return List.of();
      }
    }
    return List.of();
  }

  /** The file as the user would write it: the directory they gave joined with the relative path. */
  private static String display(String label, Path root, Path file) {
    String rel = root.relativize(file).toString().replace('\\', '/');
    if (rel.isEmpty()) {
      return label;
    }
    return label.endsWith("/") ? label + rel : label + "/" + rel;
  }
}
