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
import java.util.List;
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
    List<InputFile> out = new ArrayList<>();
    for (String p : paths) {
      if (InputFile.STDIN.equals(p)) {
        out.add(new InputFile(InputFile.STDIN, null, true));
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        walk(p, path, out, errors);
      } else if (Files.isRegularFile(path)) {
        out.add(new InputFile(p, path, true));
      } else if (Files.exists(path)) {
        errors.add(new InputError(new Source(p, 0, ""), "not a regular file or directory"));
      } else {
        errors.add(new InputError(new Source(p, 0, ""), "no such file or directory"));
      }
    }
    return out;
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
