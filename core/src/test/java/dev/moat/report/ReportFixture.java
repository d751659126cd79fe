package dev.moat.report;

import dev.moat.model.InputError;
import dev.moat.model.ObjectRef;
import dev.moat.model.Source;
import dev.moat.result.Finding;
import dev.moat.result.Notice;
import dev.moat.result.Report;
import dev.moat.result.ScanStats;
import dev.moat.result.Target;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleMeta;
import dev.moat.rule.Severity;
import java.util.List;
import java.util.Map;

/**
 * The one fixed Report every reporter's golden file is made from. Built by hand rather than by
 * the engine so that a change in a rule or parser never shows up as a reporter diff. It covers
 * every severity and several layers, a suppressed finding with a reason, findings with and without
 * a container, an unknown line (0), an object without a namespace, a clean object, an input error
 * and a notice.
 */
public final class ReportFixture {

  public static final String VERSION = "1.2.3-test";

  static final ObjectRef WEB = new ObjectRef("apps/v1", "Deployment", "web", "prod");
  static final ObjectRef API = new ObjectRef("apps/v1", "Deployment", "api", "prod");
  static final ObjectRef CLEANUP = new ObjectRef("batch/v1", "CronJob", "cleanup", "batch");
  static final ObjectRef DEBUG = new ObjectRef("v1", "Pod", "debug", null);

  private ReportFixture() {}

  /** The fixture, evaluated against Moat's own catalogue (no standard). */
  public static Report report() {
    return report(null);
  }

  public static Report report(String standard) {
    return new Report(VERSION, standard, rules(), findings(), targets(), errors(), notices(), stats());
  }

  /** The same rules and objects, all clean: what a good run looks like. */
  public static Report clean() {
    List<Target> clean = targets().stream()
        .map(t -> new Target(t.object(), t.location(), t.containers(), 0, 0))
        .toList();
    return new Report(VERSION, null, rules(), List.of(), clean, List.of(), List.of(), stats());
  }

  static List<RuleMeta> rules() {
    return List.of(
        new RuleMeta("privileged-container", Layer.FILTERING, Severity.CRITICAL, "Container runs privileged",
            "A privileged container gets every capability and device of the host; escaping it is trivial.",
            "Remove privileged: true; grant only the capabilities the process needs.",
            List.of("CIS Docker 5.4", "PSS baseline: Privileged Containers"), List.of("KSV017"), List.of(), null),
        new RuleMeta("host-pid-namespace", Layer.SEGMENTATION, Severity.HIGH, "Pod shares the host's PID namespace",
            "Processes in the pod can see and signal every process on the node, and read their environment.",
            "Remove hostPID: true from the pod spec.",
            List.of("PSS baseline: Host Namespaces"), List.of(), List.of(), "PSS baseline: Host Namespaces"),
        new RuleMeta("dangerous-capability", Layer.FILTERING, Severity.HIGH, "Container adds a dangerous capability",
            "Capabilities such as SYS_ADMIN and SYS_PTRACE open well-known escape paths.",
            "Drop the capability from securityContext.capabilities.add; if the workload needs it, isolate the "
                + "workload on dedicated nodes and document why the capability is required.",
            List.of(), List.of(), List.of(), null),
        new RuleMeta("runs-as-root", Layer.PRIVILEGE, Severity.MEDIUM, "Container may run as root",
            "Root in the container is root on the host when no user namespace maps it away.",
            "Set runAsNonRoot: true and a non-zero runAsUser.",
            List.of("CIS Kubernetes 5.2.6"), List.of(), List.of(), null),
        new RuleMeta("missing-memory-limit", Layer.SEGMENTATION, Severity.MEDIUM, "Container has no memory limit",
            "Without a limit one container can exhaust the node's memory.",
            "Set resources.limits.memory.", List.of(), List.of(), List.of(), null),
        new RuleMeta("image-tag-mutable", Layer.SUPPLY_CHAIN, Severity.LOW, "Image uses a mutable tag",
            "A tag can be moved to another image after review.",
            "Pin the image by digest (image@sha256:...).", List.of(), List.of(), List.of(), null));
  }

  static List<Finding> findings() {
    return List.of(
        new Finding("privileged-container", Severity.CRITICAL, Layer.FILTERING, "container 'app' is privileged",
            new Source("deploy/web.yaml", 21, "/spec/template/spec/containers/0/securityContext/privileged"),
            WEB, "app", null, false, null),
        new Finding("host-pid-namespace", Severity.HIGH, Layer.SEGMENTATION,
            "pod shares the host's PID namespace (hostPID: true)",
            new Source("deploy/web.yaml", 9, "/spec/template/spec/hostPID"),
            WEB, null, "PSS baseline: Host Namespaces", false, null),
        new Finding("image-tag-mutable", Severity.LOW, Layer.SUPPLY_CHAIN, "image 'nginx:latest' uses a mutable tag",
            new Source("deploy/web.yaml", 22, "/spec/template/spec/containers/0/image"),
            WEB, "app", null, true, "pinned by the release pipeline"),
        new Finding("runs-as-root", Severity.MEDIUM, Layer.PRIVILEGE,
            "container 'cleanup' may run as root: neither runAsNonRoot nor runAsUser is set on the container or "
                + "its pod, and the image's USER is not known",
            new Source("deploy/jobs.yaml", 0, "/spec/jobTemplate/spec/template/spec/containers/0"),
            CLEANUP, "cleanup", null, false, null),
        new Finding("dangerous-capability", Severity.HIGH, Layer.FILTERING, "container 'shell' adds SYS_ADMIN",
            new Source("deploy/pod.yaml", 14, "/spec/containers/0/securityContext/capabilities/add/0"),
            DEBUG, "shell", null, false, null));
  }

  static List<Target> targets() {
    return List.of(
        new Target(WEB, new Source("deploy/web.yaml", 3, ""), List.of("app", "sidecar"), 2, 1),
        new Target(API, new Source("deploy/web.yaml", 40, ""), List.of("api"), 0, 0),
        new Target(CLEANUP, new Source("deploy/jobs.yaml", 1, ""), List.of("cleanup"), 1, 0),
        new Target(DEBUG, new Source("deploy/pod.yaml", 1, ""), List.of("shell"), 1, 0));
  }

  static List<InputError> errors() {
    return List.of(new InputError(new Source("deploy/broken.yaml", 7, ""),
        "expected a mapping at the top of the document, found a sequence"));
  }

  static List<Notice> notices() {
    return List.of(new Notice(new Source("deploy/web.yaml", 6, "/metadata/annotations/moat.dev~1ignore"),
        "moat.dev/ignore for 'host-port' on Deployment prod/web matches no finding"));
  }

  static ScanStats stats() {
    return new ScanStats(4, 7, 4, 5, Map.of("Service", 2, "ConfigMap", 1));
  }
}
