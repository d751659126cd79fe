package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.model.Build;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's {@code build:}: the Dockerfile that builds its image, so that a Dockerfile given with
 * {@code --dockerfile} joins the services it builds and no other. {@code build: ./api} is a build
 * context; {@code build: {context: ./web, dockerfile: Dockerfile.web}} names the Dockerfile too,
 * relative to the context ("Dockerfile" when absent). A relative context is relative to the
 * directory of the file that writes it, as Compose resolves it. A remote context (a Git URL),
 * {@code dockerfile_inline} or a relative context in a project read from standard input do not
 * locate a file: the build is kept, with no Dockerfile.
 */
final class ServiceBuild {

  private static final List<String> REMOTE = List.of("git://", "git@", "github.com/", "http://", "https://", "ssh://");

  private ServiceBuild() {}

  /**
   * @param projectDirectory the absolute project directory, or null for standard input
   * @return null when the service builds nothing
   */
  static Build read(Fields f, CMap s, Path projectDirectory) {
    CMap.Entry build = Fields.entry(s, "build");
    if (build == null) {
      return null;
    }
    String context = ".";
    String dir = build.value().loc().dir();
    String dockerfile = "Dockerfile";
    if (build.value() instanceof CScalar sc) {
      context = sc.text();
    } else if (build.value() instanceof CMap m) {
      CMap.Entry c = f.scalar(m, "context", "a directory or a Git URL");
      if (c != null) {
        context = Fields.text(c);
        dir = c.value().loc().dir();
      }
      CMap.Entry d = f.scalar(m, "dockerfile", "a file name");
      if (d != null) {
        dockerfile = Fields.text(d);
      }
      if (Fields.entry(m, "dockerfile_inline") != null) {
        return new Build(null, Fields.at(build));
      }
    } else {
      f.wrong(build, "a build context or a mapping with context:");
      return null;
    }
    return new Build(dockerfilePath(projectDirectory, dir, context.trim(), dockerfile.trim()), Fields.at(build));
  }

  /** The Dockerfile's absolute path, or null when the context is remote or cannot be located. */
  private static String dockerfilePath(Path projectDirectory, String dir, String context, String dockerfile) {
    if (context.isEmpty() || REMOTE.stream().anyMatch(context::startsWith) || context.contains("://")) {
      return null;
    }
    try {
      Path contextPath = Path.of(context);
      if (!contextPath.isAbsolute()) {
        if (projectDirectory == null) {
          return null;
        }
        contextPath = projectDirectory.resolve(dir).resolve(contextPath);
      }
      return contextPath.resolve(dockerfile).normalize().toString();
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
