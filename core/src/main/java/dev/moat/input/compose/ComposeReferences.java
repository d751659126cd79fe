package dev.moat.input.compose;

import dev.moat.input.InputFile;
import dev.moat.input.InputFormat;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.tree.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files a Compose file pulls in: those its top-level {@code include:} names and those its
 * services' {@code extends: file:} name, and in turn theirs. When a directory is scanned, such a
 * file is part of the project that pulls it in, not a project of its own: read alone, an included
 * file's services would be reported twice and an {@code extends} base would become a phantom
 * service. Directory discovery asks this class which files to leave to the project that pulls
 * them in.
 */
public final class ComposeReferences {

  private ComposeReferences() {}

  /**
   * The files {@code composeFile} pulls in through {@code include} and {@code extends: file:},
   * recursively, absolute and normalised, in the order they are reached; the file itself is never
   * among them. They are found the way {@link ComposeReader} loads the project (interpolated with
   * the environment and the {@code .env} beside the file, local relative paths only, at most
   * {@link ProjectFiles#MAX_EXTRA_FILES} of them), reading only through {@link ReadContext#readText}
   * and writing nothing. A file that cannot be read or understood, or a project that docker compose
   * could not load (a broken {@code .env}), gives what was reached before the problem, often
   * nothing; this method never throws on bad input.
   *
   * <p>In an include or extends cycle (a project docker compose refuses) each file of the cycle
   * is pulled in by another.
   */
  public static Set<Path> referencedFiles(Path composeFile, ReadContext context) {
    Project project = null;
    Path self = null;
    try {
      self = composeFile.toAbsolutePath().normalize();
      String text = context.readText(self);
      if (!text.contains("include") && !text.contains("extends")) {
        return Set.of(); // nothing to pull in: spare the parse
      }
      boolean json = self.toString().toLowerCase(Locale.ROOT).endsWith(".json");
      List<Document> docs = json ? context.json().load(text) : context.yaml().load(text);
      InputFile input = InputFile.file(self.toString(), self, false, InputFormat.COMPOSE);
      project = new Project(input, context);
      project.load(docs, new ReadResult());
    } catch (IOException | RuntimeException e) {
      // bad input: what was reached before it is still pulled in
    }
    if (project == null) {
      return Set.of();
    }
    Set<Path> out = new LinkedHashSet<>(project.reachedFiles());
    out.remove(self);
    return Collections.unmodifiableSet(out);
  }
}
