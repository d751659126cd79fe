package dev.moat.rules;

import dev.moat.model.DockerInstruction;
import dev.moat.model.Dockerfile;
import dev.moat.model.DockerfileStage;
import dev.moat.model.Origin;
import dev.moat.model.Setting;
import dev.moat.rule.DockerfileRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags images that run as root: the final stage's last USER (or, when it sets none, the last USER
 * of the stage it builds on) is root, 0 or ContainerAdministrator, or no USER is set at all. Only
 * the final stage counts: a builder stage may run as root, since none of its users reach the image.
 *
 * <p>Without any USER the base image decides: FROM scratch runs as root for certain (MEDIUM); an
 * image is usually root too (MEDIUM), unless its name says otherwise (distroless ":nonroot",
 * "-unprivileged", "rootless"), which Moat cannot verify (LOW); a FROM without an image gives
 * nothing to judge (the build fails, and the input error says why). A USER that a build argument
 * without a default, or the base image's ENV, decides cannot be judged (LOW). An empty USER is root:
 * that is what a global ARG the stage does not redeclare gives (BuildKit leaves it empty), and the
 * finding says to redeclare it.
 */
@RuleInfo(
    id = "dockerfile-root-user",
    layer = Layer.PRIVILEGE,
    severity = Severity.MEDIUM,
    summary = "Image runs as root",
    description = "An image whose final stage sets no USER, or sets root, starts every container as UID 0 "
        + "unless the platform overrides it. Root in the container owns every file in the image and on "
        + "mounted volumes, keeps the default capabilities, and lands as root on the host after an escape "
        + "unless a user namespace remaps it. Stages before the final one do not matter: they never run "
        + "in production.",
    remediation = "Create an unprivileged user and end the final stage with a numeric USER, e.g. "
        + "RUN useradd --uid 10001 --no-create-home app, then USER 10001:10001 (numeric, so Kubernetes "
        + "runAsNonRoot can verify it). Use USER root only for the steps that need it and switch back.",
    references = {"CIS Docker 4.1"},
    aliases = {"DL3002", "DS002", "CKV_DOCKER_3", "CKV_DOCKER_8"})
public final class DockerfileRootUser implements DockerfileRule {

  /** $NAME and ${NAME...} in a USER's arguments. */
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

  @Override
  public List<Violation> check(Dockerfile d) {
    DockerfileStage last = d.finalStage();
    if (last == null) {
      return List.of();
    }
    DockerInstruction ins = d.userInstruction();
    Setting<String> user = d.user();
    if (ins == null) {
      return noUser(d, last);
    }
    if (!user.isKnown()) {
      return List.of(Violation.at(ins.source(), "the image's USER %s cannot be resolved here (a build argument "
          + "without a default, or the base image's ENV, decides it): Moat cannot tell whether it is root",
          ins.arguments().strip()).withSeverity(Severity.LOW));
    }
    if (!isRoot(user.value())) {
      return List.of();
    }
    String written = ins.arguments().strip();
    String value = written.equals(user.value()) ? written
        : user.value().isEmpty() || user.value().startsWith(":") ? written + ", which is empty here"
            + globalArgumentHint(d, ins)
        : written + ", which is " + user.value();
    String where = user.origin() == Origin.INHERITED
        ? Stages.of(d, last) + " sets no USER and builds on " + stageOf(d, ins) + ", whose last USER is " + value
        : "the last USER of " + Stages.of(d, last) + " is " + value;
    return List.of(Violation.at(ins.source(), "the image runs as root: %s", where));
  }

  /** No USER decides: the base image does. Nothing to say when the FROM names no image (an error already says so). */
  private static List<Violation> noUser(Dockerfile d, DockerfileStage last) {
    DockerfileStage root = d.imageStageOf(last);
    Setting<String> base = root.base();
    if (root.isScratch()) {
      return List.of(Violation.at(last.from().source(), "%s sets no USER and builds on scratch: the image runs as root",
          Stages.of(d, last)));
    }
    if (!base.isKnown()) {
      String image = firstWord(root.from().arguments());
      if (image.isEmpty()) {
        return List.of(); // FROM without an image: the build fails, and the input error says why
      }
      return List.of(Violation.at(last.from().source(), "%s sets no USER: the base image (%s, which a build argument "
          + "decides) decides, usually root", Stages.of(d, last), image));
    }
    if (namedNonRoot(base.value())) {
      return List.of(Violation.at(last.from().source(), "%s sets no USER; the base image %s is named as non-root, but "
          + "Moat cannot see its USER", Stages.of(d, last), base.value()).withSeverity(Severity.LOW));
    }
    return List.of(Violation.at(last.from().source(), "%s sets no USER: the base image %s decides, usually root",
        Stages.of(d, last), base.value()));
  }

  private static String firstWord(String arguments) {
    String t = arguments.strip();
    int blank = 0;
    while (blank < t.length() && !Character.isWhitespace(t.charAt(blank))) {
      blank++;
    }
    return t.substring(0, blank);
  }

  /**
   * "; ARG UID is declared before FROM: redeclare it after FROM to use it" when the USER names a
   * global build argument its stage does not redeclare (BuildKit leaves it empty there); else "".
   */
  private static String globalArgumentHint(Dockerfile d, DockerInstruction user) {
    Set<String> global = argNames(d.globalArgs());
    Set<String> redeclared = new HashSet<>();
    for (DockerfileStage s : d.stages()) {
      if (s.instructions().contains(user)) {
        for (DockerInstruction i : s.instructions()) {
          if (i == user) {
            break;
          }
          if (i.keyword().equals("ARG")) {
            redeclared.addAll(argNames(List.of(i)));
          }
        }
      }
    }
    Set<String> missing = new LinkedHashSet<>();
    Matcher m = REFERENCE.matcher(user.arguments());
    while (m.find()) {
      if (global.contains(m.group(1)) && !redeclared.contains(m.group(1))) {
        missing.add(m.group(1));
      }
    }
    if (missing.isEmpty()) {
      return "";
    }
    String names = String.join(" ", missing);
    boolean one = missing.size() == 1;
    return "; ARG " + names + (one ? " is" : " are") + " declared before FROM: redeclare " + (one ? "it" : "them")
        + " after FROM (ARG " + names + ") to use " + (one ? "it" : "them");
  }

  private static Set<String> argNames(List<DockerInstruction> args) {
    Set<String> names = new HashSet<>();
    for (DockerInstruction a : args) {
      for (String word : a.arguments().strip().split("\\s+")) {
        int eq = word.indexOf('=');
        names.add(eq < 0 ? word : word.substring(0, eq));
      }
    }
    return names;
  }

  private static String stageOf(Dockerfile d, DockerInstruction ins) {
    for (DockerfileStage s : d.stages()) {
      if (s.instructions().contains(ins)) {
        return Stages.of(d, s);
      }
    }
    return "an earlier stage";
  }

  /** root, 0, Windows' ContainerAdministrator, or no user at all (an empty USER), with any group. */
  static boolean isRoot(String user) {
    int colon = user.indexOf(':');
    String name = colon >= 0 ? user.substring(0, colon) : user;
    return name.isBlank() || name.equals("root") || name.equals("0") || name.equalsIgnoreCase("ContainerAdministrator")
        || name.matches("0+");
  }

  private static boolean namedNonRoot(String image) {
    String i = image.toLowerCase(Locale.ROOT);
    return i.contains("nonroot") || i.contains("non-root") || i.contains("unprivileged") || i.contains("rootless");
  }
}
