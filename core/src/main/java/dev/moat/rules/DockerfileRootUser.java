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
import java.util.List;
import java.util.Locale;

/**
 * Flags images that run as root: the final stage's last USER (or, when it sets none, the last USER
 * of the stage it builds on) is root, 0 or ContainerAdministrator, or no USER is set at all. Only
 * the final stage counts: a builder stage may run as root, since none of its users reach the image.
 *
 * <p>Without any USER the base image decides: FROM scratch runs as root for certain (MEDIUM); an
 * image is usually root too (MEDIUM), unless its name says otherwise (distroless ":nonroot",
 * "-unprivileged", "rootless"), which Moat cannot verify (LOW). A USER that a build argument without
 * a default, or the base image's ENV, decides cannot be judged (LOW).
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

  @Override
  public List<Violation> check(Dockerfile d) {
    DockerfileStage last = d.finalStage();
    if (last == null) {
      return List.of();
    }
    DockerInstruction ins = d.userInstruction();
    Setting<String> user = d.user();
    if (ins == null) {
      return List.of(noUser(d, last));
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
    String value = written.equals(user.value()) ? written : written + ", which is " + user.value();
    String where = user.origin() == Origin.INHERITED
        ? Stages.of(d, last) + " sets no USER and builds on " + stageOf(d, ins) + ", whose last USER is " + value
        : "the last USER of " + Stages.of(d, last) + " is " + value;
    return List.of(Violation.at(ins.source(), "the image runs as root: %s", where));
  }

  private static Violation noUser(Dockerfile d, DockerfileStage last) {
    DockerfileStage root = d.imageStageOf(last);
    Setting<String> base = root.base();
    if (root.isScratch()) {
      return Violation.at(last.from().source(), "%s sets no USER and builds on scratch: the image runs as root",
          Stages.of(d, last));
    }
    if (!base.isKnown()) {
      return Violation.at(last.from().source(), "%s sets no USER: the base image (%s, decided by a build argument) "
          + "decides, usually root", Stages.of(d, last), root.from().arguments().strip());
    }
    if (namedNonRoot(base.value())) {
      return Violation.at(last.from().source(), "%s sets no USER; the base image %s is named as non-root, but Moat "
          + "cannot see its USER", Stages.of(d, last), base.value()).withSeverity(Severity.LOW);
    }
    return Violation.at(last.from().source(), "%s sets no USER: the base image %s decides, usually root",
        Stages.of(d, last), base.value());
  }

  private static String stageOf(Dockerfile d, DockerInstruction ins) {
    for (DockerfileStage s : d.stages()) {
      if (s.instructions().contains(ins)) {
        return Stages.of(d, s);
      }
    }
    return "an earlier stage";
  }

  /** root, 0, or Windows' ContainerAdministrator, with any group. */
  static boolean isRoot(String user) {
    int colon = user.indexOf(':');
    String name = colon >= 0 ? user.substring(0, colon) : user;
    return name.equals("root") || name.equals("0") || name.equalsIgnoreCase("ContainerAdministrator")
        || name.matches("0+");
  }

  private static boolean namedNonRoot(String image) {
    String i = image.toLowerCase(Locale.ROOT);
    return i.contains("nonroot") || i.contains("non-root") || i.contains("unprivileged") || i.contains("rootless");
  }
}
