package dev.moat.input;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Expands the paths a user gives into the files to read: files as named, directories walked
 * recursively for YAML and JSON files in a stable (sorted) order, hidden directories such as .git
 * skipped, symbolic links to files read, symbolic links to directories not followed (so a link
 * loop cannot hang a scan).
 */
final class FileDiscovery {

  private FileDiscovery() {}

  static List<InputFile> expand(List<String> paths, List<InputError> errors) {
    List<InputFile> all = new ArrayList<>();
    for (String p : paths) {
      if (InputFile.STDIN.equals(p)) {
        all.add(new InputFile(InputFile.STDIN, null, true));
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        walk(p, path, all, errors);
      } else if (Files.isRegularFile(path) || isPipe(path)) {
        all.add(new InputFile(p, path, true));
      } else if (Files.exists(path)) {
        errors.add(new InputError(new Source(p, 0, ""), "not a regular file, pipe or directory"));
      } else {
        errors.add(new InputError(new Source(p, 0, ""), "no such file or directory"));
      }
    }
    return distinct(all);
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

  private static void walk(String label, Path root, List<InputFile> out, List<InputError> errors) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // A link to a file is read like the file (manifests are often linked between
          // overlays); a link to a directory is not walked, so a loop cannot hang the scan.
          boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
          if (regular && isConfigFile(file)) {
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
    for (Path f : found) {
      out.add(new InputFile(display(label, root, f), f, false));
    }
  }

  /** The file as the user would write it: the directory they gave joined with the relative path. */
  private static String display(String label, Path root, Path file) {
    String rel = root.relativize(file).toString().replace('\\', '/');
    if (rel.isEmpty()) {
      return label;
    }
    return label.endsWith("/") ? label + rel : label + "/" + rel;
  }

  static boolean isConfigFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return false;
    }
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
