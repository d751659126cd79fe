package dev.moat.input;

import dev.moat.input.tree.MapNode;
import dev.moat.input.tree.Node;
import dev.moat.input.tree.SeqNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the format of an input from its name and, where names are ambiguous (any .yaml or .json),
 * from its content. Names decide first because they are what users see; content decides between
 * Kubernetes, Compose, inspect output and OCI configs, which all come as YAML or JSON.
 */
public final class FormatDetector {

  private static final Pattern COMPOSE_NAME =
      Pattern.compile("(docker-)?compose(\\.[\\w.-]+)?\\.ya?ml|.+\\.compose\\.ya?ml");
  private static final Pattern DOCKERFILE_NAME =
      Pattern.compile("(dockerfile|containerfile)(\\.[\\w.-]+)?|.+\\.(dockerfile|containerfile)");
  private static final Pattern SCRIPT_NAME = Pattern.compile(".+\\.(sh|bash|service|run\\.sh)");

  private FormatDetector() {}

  /** The format a file name implies, or null when only the content can tell (or nothing can). */
  public static InputFormat byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (DOCKERFILE_NAME.matcher(name).matches()) {
      return InputFormat.DOCKERFILE;
    }
    if (SCRIPT_NAME.matcher(name).matches()) {
      return InputFormat.RUN;
    }
    if (COMPOSE_NAME.matcher(name).matches()) {
      return InputFormat.COMPOSE;
    }
    if (name.endsWith(".k8s.yaml") || name.endsWith(".k8s.yml") || name.endsWith(".k8s.json")) {
      return InputFormat.KUBERNETES;
    }
    if (name.endsWith(".inspect.json")) {
      return InputFormat.INSPECT;
    }
    if (name.equals("config.json") || name.endsWith(".oci.json")) {
      return InputFormat.OCI;
    }
    return null;
  }

  /** True when a directory walk should read this file at all. */
  public static boolean isCandidate(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return false;
    }
    return byName(fileName) != null || isTreeFile(name);
  }

  /**
   * True when a directory walk forced to one format (--input-format) should read this file: a file
   * of that format's kind, not every file (a README is not a Compose file).
   */
  public static boolean fits(InputFormat format, String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    InputFormat named = byName(fileName);
    return switch (format) {
      case RUN, DOCKERFILE -> named == format;
      default -> named == format || named == null && isTreeFile(name);
    };
  }

  private static boolean isTreeFile(String lowerName) {
    return lowerName.endsWith(".yaml") || lowerName.endsWith(".yml") || lowerName.endsWith(".json");
  }

  /**
   * The format of text that has no name to go by (standard input, a pipe): a Dockerfile starts
   * with FROM, ARG or a parser directive; a script with a shebang or a docker/podman command.
   * Null for anything else, which is then read as YAML or JSON.
   */
  public static InputFormat byText(String text) {
    for (String line : text.split("\n", 50)) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      String upper = t.toUpperCase(Locale.ROOT);
      if (upper.startsWith("# SYNTAX=") || upper.startsWith("# ESCAPE=") || upper.startsWith("FROM ")
          || upper.startsWith("ARG ")) {
        return InputFormat.DOCKERFILE;
      }
      if (t.startsWith("#!") || SCRIPT_COMMAND.matcher(t).find()) {
        return InputFormat.RUN;
      }
      if (!t.startsWith("#")) {
        return null; // the first real line decides
      }
    }
    return null;
  }

  private static final Pattern SCRIPT_COMMAND =
      Pattern.compile("^(sudo\\s+)?(docker|podman|nerdctl)(\\s+container)?\\s+(run|create)\\b");

  /**
   * The format of a parsed YAML/JSON document: a Kubernetes object has kind and apiVersion; a
   * Compose file has a top-level services mapping; an OCI config has ociVersion; docker/podman
   * inspect output is (a list of) objects with HostConfig. Null when none fits.
   */
  public static InputFormat byContent(Node root) {
    Node first = root;
    if (root instanceof SeqNode seq && seq.size() > 0) {
      first = seq.get(0);
    }
    if (!(first instanceof MapNode map)) {
      return null;
    }
    if (map.has("kind") && map.has("apiVersion")) {
      return InputFormat.KUBERNETES;
    }
    if (map.has("ociVersion")) {
      return InputFormat.OCI;
    }
    if (map.has("HostConfig") || map.has("hostConfig")) {
      return InputFormat.INSPECT;
    }
    if (root instanceof MapNode && map.get("services") instanceof MapNode services && looksLikeServices(services)) {
      return InputFormat.COMPOSE;
    }
    return null;
  }

  /**
   * A Compose services mapping: every value a mapping, at least one with an image, a build or extends.
   * Keeps package.json or a Helm values file that happens to have a "services" key out.
   */
  private static boolean looksLikeServices(MapNode services) {
    boolean any = false;
    for (MapNode.Entry e : services.entries()) {
      if (!(e.value() instanceof MapNode service)) {
        return false;
      }
      any |= service.has("image") || service.has("build") || service.has("extends");
    }
    return any;
  }
}
