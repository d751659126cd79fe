package dev.moat.input.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each pod-bearing kind keeps its pod: the kinds Moat audits, the API groups they belong
 * to, and the path from the object to its pod template ({metadata, spec}). A kind of the same
 * name from another API group (a CRD called "Job") is not mistaken for the core one.
 */
record PodTemplatePath(Set<String> groups, List<String> path) {

  private static final Set<String> CORE = Set.of("");
  private static final Set<String> APPS = Set.of("apps", "extensions");
  private static final Set<String> BATCH = Set.of("batch");

  static final Map<String, PodTemplatePath> BY_KIND = Map.ofEntries(
      Map.entry("Pod", new PodTemplatePath(CORE, List.of())),
      Map.entry("PodTemplate", new PodTemplatePath(CORE, List.of("template"))),
      Map.entry("ReplicationController", new PodTemplatePath(CORE, List.of("spec", "template"))),
      Map.entry("Deployment", new PodTemplatePath(APPS, List.of("spec", "template"))),
      Map.entry("ReplicaSet", new PodTemplatePath(APPS, List.of("spec", "template"))),
      Map.entry("DaemonSet", new PodTemplatePath(APPS, List.of("spec", "template"))),
      Map.entry("StatefulSet", new PodTemplatePath(APPS, List.of("spec", "template"))),
      Map.entry("Job", new PodTemplatePath(BATCH, List.of("spec", "template"))),
      Map.entry("CronJob", new PodTemplatePath(BATCH, List.of("spec", "jobTemplate", "spec", "template"))),
      // Widely used pod-bearing kinds outside core Kubernetes that keep a plain pod template.
      Map.entry("DeploymentConfig", new PodTemplatePath(Set.of("apps.openshift.io", ""), List.of("spec", "template"))),
      Map.entry("Rollout", new PodTemplatePath(Set.of("argoproj.io"), List.of("spec", "template"))));

  /** The template path for this kind and apiVersion, or null when it is not a pod-bearing kind. */
  static PodTemplatePath of(String kind, String apiVersion) {
    PodTemplatePath p = BY_KIND.get(kind);
    if (p == null) {
      return null;
    }
    if (apiVersion == null) {
      return p; // lenient: a manifest without apiVersion is still read by its kind
    }
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    return p.groups.contains(group) ? p : null;
  }
}
