package dev.moat.input;

import dev.moat.input.compose.ComposeReader;
import dev.moat.input.dockerfile.DockerfileReader;
import dev.moat.input.dockerfile.ImageUsers;
import dev.moat.input.dockerrun.RunReader;
import dev.moat.input.inspect.InspectReader;
import dev.moat.input.k8s.KubernetesReader;
import dev.moat.input.oci.OciReader;
import dev.moat.input.tree.Document;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what the user named into workloads and Dockerfiles: finds the files, tells each one's
 * format (by name, then by content), and hands it to that format's reader. A file that cannot be
 * read becomes an error; the other files are still read.
 */
public final class Inputs {

  private final ReadContext context;
  private final Map<InputFormat, TreeFormatReader> treeReaders = new EnumMap<>(InputFormat.class);
  private final Map<InputFormat, TextFormatReader> textReaders = new EnumMap<>(InputFormat.class);

  public Inputs(InputOptions options) {
    this(options, System.getenv());
  }

  /** @param environment variables for Compose interpolation */
  public Inputs(InputOptions options, Map<String, String> environment) {
    this.context = new ReadContext(options.limits(), environment);
    treeReaders.put(InputFormat.KUBERNETES, new KubernetesReader());
    treeReaders.put(InputFormat.COMPOSE, new ComposeReader());
    treeReaders.put(InputFormat.INSPECT, new InspectReader());
    treeReaders.put(InputFormat.OCI, new OciReader());
    textReaders.put(InputFormat.RUN, new RunReader());
    textReaders.put(InputFormat.DOCKERFILE, new DockerfileReader());
  }

  /** Reads everything into one result (all workloads held at once). */
  public ReadResult read(List<String> paths, InputStream stdin) {
    return read(ScanRequest.of(paths), stdin);
  }

  /** Reads everything into one result (all workloads held at once). */
  public ReadResult read(ScanRequest request, InputStream stdin) {
    List<InputError> discoveryErrors = new ArrayList<>();
    List<InputFile> files = discover(request, discoveryErrors);
    ImageUsers images = imageUsers(request, files, stdin);
    List<ReadResult> parts = files.parallelStream().map(f -> readOne(f, stdin, images)).toList();
    ReadResult all = new ReadResult();
    all.addErrors(discoveryErrors);
    parts.forEach(all::addAll);
    return all;
  }

  /** The inputs behind a request; paths that do not exist become errors. */
  public List<InputFile> discover(ScanRequest request, List<InputError> errors) {
    return FileDiscovery.expand(request, errors, context);
  }

  /**
   * Reads the Dockerfiles given with --dockerfile before anything else: their USER joins into the
   * workloads of the other inputs (see {@link ImageUsers} for which container takes which).
   */
  public ImageUsers imageUsers(ScanRequest request, List<InputFile> files, InputStream stdin) {
    Map<InputFile, ReadResult> read = new LinkedHashMap<>();
    for (InputFile f : files) {
      if (f.format() == InputFormat.DOCKERFILE && request.dockerfiles().contains(f.label())) {
        read.put(f, readOne(f, stdin));
      }
    }
    return read.isEmpty() ? ImageUsers.NONE : ImageUsers.of(read);
  }

  /** Reads one input, joining the image USER of the --dockerfile inputs into its workloads. */
  public ReadResult readOne(InputFile file, InputStream stdin, ImageUsers images) {
    ReadResult done = images.resultOf(file);
    if (done != null) {
      return done; // a --dockerfile input, read by imageUsers already
    }
    ReadResult out = readOne(file, stdin);
    images.joinInto(out);
    return out;
  }

  /** Reads one input into its workloads, Dockerfiles, errors and skipped objects. */
  public ReadResult readOne(InputFile file, InputStream stdin) {
    ReadResult out = new ReadResult();
    out.countFile();
    String text;
    try {
      text = text(file, stdin);
    } catch (IllegalArgumentException e) {
      // Found by a directory walk or named: either way it is an error. Skipping it quietly would
      // let a binary or oversized file hide workloads from a scan of the directory.
      out.addError(error(file, e.getMessage()));
      return out;
    } catch (IOException e) {
      out.addError(error(file, "cannot read: " + e.getMessage()));
      return out;
    }
    InputFormat format = file.format() != null ? file.format() : FormatDetector.byName(fileName(file));
    if (format == null && file.path() == null) {
      format = FormatDetector.byText(text); // standard input or --run: no name to go by
    }
    TextFormatReader textReader = format == null ? null : textReaders.get(format);
    if (textReader != null) {
      textReader.read(file, text, context, out);
    } else {
      readTree(file, text, format, out);
    }
    if (file.format() != null && out.workloads().isEmpty() && out.dockerfiles().isEmpty() && out.errors().isEmpty()) {
      // --input-format is a promise about the content: if nothing of that format is there, say so
      // rather than pass a mistyped CI line with exit 0.
      out.addError(error(file, file.inline() != null
          ? "no docker/podman run or create command line found in it"
          : "nothing that --input-format " + file.format().id() + " reads was found in this input ("
              + file.format().description() + ")"));
    }
    return out;
  }

  private void readTree(InputFile file, String text, InputFormat named, ReadResult out) {
    List<Document> docs = isJson(file, text) ? context.json().load(text) : context.yaml().load(text);
    boolean template = looksLikeTemplate(text);
    if (docs.stream().allMatch(Document::isEmpty)) {
      // An empty manifest in CI usually means a render step produced nothing: say so.
      out.addError(error(file, "empty: no documents in this input"));
      return;
    }
    InputFormat format = named != null ? named : detect(docs);
    if (format == null) {
      if (file.explicit()) {
        out.addError(error(file, "not a Kubernetes manifest, Compose file, docker/podman inspect output or OCI "
            + "config (tell Moat with --input-format " + InputFormat.ids().replace(", ", "|") + ")"));
      } else {
        out.skip("(not a recognised configuration)");
      }
      return;
    }
    ReadResult parsed = new ReadResult();
    treeReaders.get(format).read(file, docs, context, parsed);
    if (template && !parsed.errors().isEmpty()) {
      List<InputError> hinted = new ArrayList<>();
      for (InputError e : parsed.errors()) {
        hinted.add(new InputError(e.source(), e.message()
            + " (this looks like an unrendered Helm template: render it first, e.g. helm template . | moat scan -)"));
      }
      parsed.errors().clear();
      parsed.addErrors(hinted);
    }
    out.addAll(parsed);
  }

  /** The format of the first readable document; Kubernetes when only broken documents remain. */
  private static InputFormat detect(List<Document> docs) {
    boolean anyFailed = false;
    for (Document d : docs) {
      if (d.failed()) {
        anyFailed = true;
      } else if (!d.isEmpty()) {
        InputFormat f = FormatDetector.byContent(d.root());
        if (f != null) {
          return f;
        }
      }
    }
    // Broken YAML in an unnamed file: report its errors the way the most common format would.
    return anyFailed ? InputFormat.KUBERNETES : null;
  }

  private String text(InputFile file, InputStream stdin) throws IOException {
    if (file.inline() != null) {
      return file.inline();
    }
    long max = context.limits().maxBytes();
    return file.isStdin() ? TextFiles.read(stdin, max) : TextFiles.read(file.path(), max);
  }

  private static String fileName(InputFile file) {
    Path p = file.path();
    return p == null || p.getFileName() == null ? file.label() : p.getFileName().toString();
  }

  private static InputError error(InputFile file, String message) {
    return new InputError(new Source(file.label(), 0, ""), message);
  }

  private static boolean isJson(InputFile file, String text) {
    if (file.path() != null) {
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
