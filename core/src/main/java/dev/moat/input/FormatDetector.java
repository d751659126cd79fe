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
    return byName(fileName) != null || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

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
    if (root instanceof MapNode && map.get("services") instanceof MapNode) {
      return InputFormat.COMPOSE;
    }
    return null;
  }
}
