import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a benchmark corpus of Kubernetes objects of mixed kinds: pod-bearing workloads with
 * varied security settings, and the objects that surround them in real repositories (Services,
 * ConfigMaps, ServiceAccounts). Deterministic for a given seed.
 *
 * <p>Run: java bench/GenerateCorpus.java OUT_DIR [OBJECTS=10000] [OBJECTS_PER_FILE=10] [SEED=42]
 */
public class GenerateCorpus {

  private static final String[] WORKLOAD_KINDS = {
      "Deployment", "Deployment", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod",
      "ReplicaSet"};

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java GenerateCorpus.java OUT_DIR [OBJECTS] [OBJECTS_PER_FILE] [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int objects = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int perFile = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    Files.createDirectories(out);
    Random rnd = new Random(seed);
    int written = 0;
    int file = 0;
    long bytes = 0;
    while (written < objects) {
      int n = Math.min(perFile, objects - written);
      List<String> docs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        docs.add(object(rnd, written + i));
      }
      written += n;
      String name = String.format("app-%05d.yaml", file++);
      String text = "---\n" + String.join("---\n", docs);
      Files.writeString(out.resolve(name), text);
      bytes += text.length();
    }
    System.out.printf("wrote %d objects in %d files (%.1f MB) to %s%n", written, file, bytes / 1048576.0, out);
  }

  private static String object(Random rnd, int i) {
    int r = rnd.nextInt(10);
    if (r < 6) {
      return workload(rnd, WORKLOAD_KINDS[rnd.nextInt(WORKLOAD_KINDS.length)], "svc-" + i);
    }
    return switch (r) {
      case 6 -> service("svc-" + i);
      case 7 -> configMap("cfg-" + i, rnd);
      case 8 -> serviceAccount("sa-" + i);
      default -> workload(rnd, "Deployment", "svc-" + i);
    };
  }

  private static String workload(Random rnd, String kind, String name) {
    String pod = podSpec(rnd, name);
    StringBuilder sb = new StringBuilder();
    String api = switch (kind) {
      case "Pod" -> "v1";
      case "Job", "CronJob" -> "batch/v1";
      default -> "apps/v1";
    };
    sb.append("apiVersion: ").append(api).append('\n');
    sb.append("kind: ").append(kind).append('\n');
    sb.append("metadata:\n  name: ").append(name).append("\n  namespace: team-").append(rnd.nextInt(20))
        .append("\n  labels:\n    app: ").append(name).append("\n    tier: backend\n");
    if (kind.equals("Pod")) {
      sb.append(indent(pod, 0));
      return sb.toString();
    }
    sb.append("spec:\n");
    String templateIndent = "  ";
    if (kind.equals("CronJob")) {
      sb.append("  schedule: \"*/15 * * * *\"\n  jobTemplate:\n    spec:\n");
      templateIndent = "      ";
    } else if (!kind.equals("Job")) {
      sb.append("  selector:\n    matchLabels:\n      app: ").append(name).append('\n');
      if (!kind.equals("DaemonSet")) {
        sb.append("  replicas: ").append(1 + rnd.nextInt(5)).append('\n');
      }
    }
    sb.append(templateIndent).append("template:\n");
    sb.append(templateIndent).append("  metadata:\n").append(templateIndent).append("    labels:\n")
        .append(templateIndent).append("      app: ").append(name).append('\n');
    if (rnd.nextInt(8) == 0) {
      sb.append(templateIndent).append("    annotations:\n").append(templateIndent)
          .append("      seccomp.security.alpha.kubernetes.io/pod: runtime/default\n");
    }
    sb.append(indent(pod, templateIndent.length() + 2));
    return sb.toString();
  }

  private static String podSpec(Random rnd, String name) {
    StringBuilder sb = new StringBuilder("spec:\n");
    if (rnd.nextInt(20) == 0) {
      sb.append("  hostNetwork: true\n");
    }
    if (rnd.nextInt(25) == 0) {
      sb.append("  hostPID: true\n");
    }
    if (rnd.nextBoolean()) {
      sb.append("  automountServiceAccountToken: false\n");
    }
    if (rnd.nextInt(3) > 0) {
      sb.append("  securityContext:\n    runAsNonRoot: true\n    runAsUser: ").append(1000 + rnd.nextInt(9000))
          .append("\n    fsGroup: 2000\n");
      if (rnd.nextBoolean()) {
        sb.append("    seccompProfile:\n      type: RuntimeDefault\n");
      }
    }
    if (rnd.nextInt(4) == 0) {
      sb.append("  initContainers:\n").append(container(rnd, name + "-init", "    "));
    }
    sb.append("  containers:\n");
    int n = 1 + rnd.nextInt(3);
    for (int c = 0; c < n; c++) {
      sb.append(container(rnd, c == 0 ? name : name + "-sidecar-" + c, "    "));
    }
    sb.append("  volumes:\n    - name: config\n      configMap:\n        name: ").append(name).append('\n');
    sb.append("    - name: tmp\n      emptyDir: {}\n");
    if (rnd.nextInt(10) == 0) {
      String[] paths = {"/var/run/docker.sock", "/var/log", "/etc", "/", "/data/" + name};
      sb.append("    - name: host\n      hostPath:\n        path: ").append(paths[rnd.nextInt(paths.length)]).append('\n');
    }
    return sb.toString();
  }

  private static String container(Random rnd, String name, String in) {
    StringBuilder sb = new StringBuilder();
    String[] tags = {"latest", "1.4.2", "2.0.1@sha256:" + "a1".repeat(32), ""};
    String tag = tags[rnd.nextInt(tags.length)];
    sb.append(in).append("- name: ").append(name).append('\n');
    sb.append(in).append("  image: registry.example.com/team/").append(name).append(tag.isEmpty() ? "" : ":" + tag).append('\n');
    sb.append(in).append("  ports:\n").append(in).append("    - containerPort: ").append(8000 + rnd.nextInt(1000)).append('\n');
    int envs = rnd.nextInt(3);
    if (envs > 0) {
      sb.append(in).append("  env:\n");
    }
    for (int e = 0; e < envs; e++) {
      sb.append(in).append("    - name: VAR_").append(e).append('\n').append(in).append("      value: \"value-")
          .append(rnd.nextInt(1000)).append("\"\n");
    }
    if (rnd.nextInt(3) > 0) {
      sb.append(in).append("  resources:\n").append(in).append("    requests:\n").append(in)
          .append("      cpu: 100m\n").append(in).append("      memory: 128Mi\n").append(in).append("    limits:\n")
          .append(in).append("      cpu: 500m\n").append(in).append("      memory: 256Mi\n");
    }
    sb.append(in).append("  securityContext:\n");
    if (rnd.nextInt(15) == 0) {
      sb.append(in).append("    privileged: true\n");
    }
    sb.append(in).append("    allowPrivilegeEscalation: ").append(rnd.nextBoolean()).append('\n');
    sb.append(in).append("    readOnlyRootFilesystem: ").append(rnd.nextBoolean()).append('\n');
    sb.append(in).append("    capabilities:\n").append(in).append("      drop: [\"ALL\"]\n");
    if (rnd.nextInt(10) == 0) {
      sb.append(in).append("      add: [\"NET_ADMIN\"]\n");
    }
    sb.append(in).append("  volumeMounts:\n").append(in).append("    - name: config\n").append(in)
        .append("      mountPath: /etc/app\n").append(in).append("      readOnly: true\n").append(in)
        .append("    - name: tmp\n").append(in).append("      mountPath: /tmp\n");
    if (rnd.nextBoolean()) {
      sb.append(in).append("  livenessProbe:\n").append(in).append("    httpGet:\n").append(in)
          .append("      path: /healthz\n").append(in).append("      port: 8080\n");
    }
    return sb.toString();
  }

  private static String service(String name) {
    return "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\nspec:\n  selector:\n    app: " + name
        + "\n  ports:\n    - port: 80\n      targetPort: 8080\n";
  }

  private static String configMap(String name, Random rnd) {
    StringBuilder sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\ndata:\n");
    for (int i = 0; i < 5; i++) {
      sb.append("  key").append(i).append(": \"").append(Long.toHexString(rnd.nextLong())).append("\"\n");
    }
    return sb.toString();
  }

  private static String serviceAccount(String name) {
    return "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: " + name + "\nautomountServiceAccountToken: false\n";
  }

  private static String indent(String text, int n) {
    if (n == 0) {
      return text;
    }
    String pad = " ".repeat(n);
    StringBuilder sb = new StringBuilder();
    for (String line : text.split("\n")) {
      sb.append(pad).append(line).append('\n');
    }
    return sb.toString();
  }
}
