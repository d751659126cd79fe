package dev.moat.input;

import dev.moat.input.k8s.KubernetesReader;
import dev.moat.input.tree.Document;
import dev.moat.input.tree.JsonLoader;
import dev.moat.input.tree.YamlLoader;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads every input the user named into workloads. Files are read in parallel (parsing is most of
 * the work) and merged in a stable order, so output does not depend on thread timing. A file that
 * cannot be read becomes an error; the other files are still read.
 */
public final class Inputs {

  private final InputOptions options;
  private final YamlLoader yaml;
  private final JsonLoader json;

  public Inputs(InputOptions options) {
    this.options = options;
    this.yaml = new YamlLoader(options.limits());
    this.json = new JsonLoader(options.limits());
  }

  /** Reads everything into one result (workloads of all files held at once). */
  public ReadResult read(List<String> paths, InputStream stdin) {
    List<InputError> discoveryErrors = new ArrayList<>();
    List<InputFile> files = discover(paths, discoveryErrors);
    List<ReadResult> parts = files.parallelStream().map(f -> readOne(f, stdin)).toList();
    ReadResult all = new ReadResult();
    all.addErrors(discoveryErrors);
    parts.forEach(all::addAll);
    return all;
  }

  /** The files behind the paths the user gave; paths that do not exist become errors. */
  public List<InputFile> discover(List<String> paths, List<InputError> errors) {
    return FileDiscovery.expand(paths, errors);
  }

  /** Reads one file (or standard input) into its workloads, errors and skipped objects. */
  public ReadResult readOne(InputFile file, InputStream stdin) {
    ReadResult out = new ReadResult();
    out.countFile();
    String text;
    try {
      text = TextDecoder.decode(bytes(file, stdin));
    } catch (IllegalArgumentException e) {
      // Found by a directory walk or named: either way it is an error. Skipping it quietly would
      // let a binary or oversized file hide workloads from a scan of the directory.
      out.addError(new InputError(new Source(file.label(), 0, ""), e.getMessage()));
      return out;
    } catch (IOException e) {
      out.addError(new InputError(new Source(file.label(), 0, ""), "cannot read: " + e.getMessage()));
      return out;
    }
    List<Document> docs = isJson(file, text) ? json.load(text) : yaml.load(text);
    if (docs.stream().allMatch(Document::isEmpty)) {
      // An empty manifest in CI usually means a render step produced nothing: say so.
      out.addError(new InputError(new Source(file.label(), 0, ""), "empty: no documents in this input"));
      return out;
    }
    ReadResult parsed = new ReadResult();
    KubernetesReader.read(file.label(), docs, parsed);
    if (looksLikeTemplate(text) && !parsed.errors().isEmpty()) {
      for (InputError e : parsed.errors()) {
        out.addError(new InputError(e.source(), e.message()
            + " (this looks like an unrendered Helm template: render it first, e.g. helm template . | moat scan -)"));
      }
      parsed.errors().clear();
    }
    out.addAll(parsed);
    return out;
  }

  private byte[] bytes(InputFile file, InputStream stdin) throws IOException {
    long max = options.limits().maxBytes();
    if (file.isStdin() || !Files.isRegularFile(file.path())) {
      // Standard input, a pipe or process substitution (<(helm template .)): read within the limit.
      try (InputStream in = file.isStdin() ? null : Files.newInputStream(file.path())) {
        byte[] data = (in == null ? stdin : in).readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (data.length > max) {
          throw new IllegalArgumentException(tooLarge(data.length, max, true));
        }
        return data;
      }
    }
    long size = Files.size(file.path());
    if (size > max) {
      throw new IllegalArgumentException(tooLarge(size, max, false));
    }
    return Files.readAllBytes(file.path());
  }

  private static String tooLarge(long size, long max, boolean atLeast) {
    return String.format(Locale.ROOT, "file is %s%.1f MB, larger than the %d MB limit (raise it with --max-file-size)",
        atLeast ? "over " : "", size / 1048576.0, max / 1048576);
  }

  private static boolean isJson(InputFile file, String text) {
    if (!file.isStdin()) {
      return file.label().toLowerCase(Locale.ROOT).endsWith(".json");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private static boolean looksLikeTemplate(String text) {
    return text.contains("{{") && text.contains("}}");
  }
}
