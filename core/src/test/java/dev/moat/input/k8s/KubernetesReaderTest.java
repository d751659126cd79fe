package dev.moat.input.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.input.ReadResult;
import dev.moat.input.tree.JsonLoader;
import dev.moat.input.tree.Limits;
import dev.moat.input.tree.YamlLoader;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.InputError;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Origin;
import dev.moat.model.ProfileKind;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KubernetesReaderTest {

  static final String FILE = "manifests.yaml";

  static ReadResult read(String yaml) {
    ReadResult out = new ReadResult();
    KubernetesReader.read(FILE, new YamlLoader(Limits.DEFAULT).load(yaml), out);
    return out;
  }

  static Workload only(String yaml) {
    ReadResult r = read(yaml);
    assertThat(r.errors()).isEmpty();
    assertThat(r.workloads()).hasSize(1);
    return r.workloads().get(0);
  }

  static Container container(Workload w, String name) {
    return w.containers().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no container " + name));
  }

  /** A pod spec, indented by the given number of spaces, with one container "app". */
  static String podSpec(int indent) {
    String pad = " ".repeat(indent);
    return pad + "spec:\n" + pad + "  containers:\n" + pad + "    - name: app\n" + pad + "      image: app:1\n";
  }

  @Nested
  class Kinds {

    static Stream<Arguments> podBearingKinds() {
      return Stream.of(
          Arguments.of("v1", "Pod", podSpec(0)),
          Arguments.of("apps/v1", "Deployment", "spec:\n  template:\n" + podSpec(4)),
          Arguments.of("apps/v1", "StatefulSet", "spec:\n  template:\n" + podSpec(4)),
          Arguments.of("apps/v1", "DaemonSet", "spec:\n  template:\n" + podSpec(4)),
          Arguments.of("apps/v1", "ReplicaSet", "spec:\n  template:\n" + podSpec(4)),
          Arguments.of("extensions/v1beta1", "Deployment", "spec:\n  template:\n" + podSpec(4)),
          Arguments.of("v1", "ReplicationController", "spec:\n  template:\n" + podSpec(4)),
          Arguments.of("batch/v1", "Job", "spec:\n  template:\n" + podSpec(4)),
          Arguments.of("batch/v1", "CronJob", "spec:\n  jobTemplate:\n    spec:\n      template:\n" + podSpec(8)),
          Arguments.of("batch/v1beta1", "CronJob", "spec:\n  jobTemplate:\n    spec:\n      template:\n" + podSpec(8)),
          Arguments.of("v1", "PodTemplate", "template:\n" + podSpec(2)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("podBearingKinds")
    void everyPodBearingKindBecomesOneWorkload(String apiVersion, String kind, String body) {
      String yaml = "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: web\n  namespace: prod\n" + body;

      Workload w = only(yaml);

      assertThat(w.ref().kind()).isEqualTo(kind);
      assertThat(w.ref().apiVersion()).isEqualTo(apiVersion);
      assertThat(w.ref().display()).isEqualTo(kind + " prod/web");
      assertThat(w.source()).isEqualTo(new Source(FILE, 1, ""));
      assertThat(w.containers()).extracting(Container::name).containsExactly("app");
      assertThat(w.containers().get(0).image().value()).isEqualTo("app:1");
    }

    @Test
    void aListIsReadItemByItemWithItsPointers() {
      String yaml = """
          apiVersion: v1
          kind: List
          items:
            - apiVersion: v1
              kind: Service
              metadata: {name: web}
            - apiVersion: v1
              kind: Pod
              metadata: {name: a}
              spec:
                containers: [{name: c, image: x:1}]
            - apiVersion: apps/v1
              kind: DeploymentList
              items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: b}
                  spec:
                    template:
                      spec:
                        containers: [{name: d, image: y:1}]
          """;

      ReadResult r = read(yaml);

      assertThat(r.errors()).isEmpty();
      assertThat(r.workloads()).extracting(w -> w.ref().display()).containsExactly("Pod a", "Deployment b");
      assertThat(r.workloads().get(1).containers().get(0).source())
          .isEqualTo(new Source(FILE, 21, "/items/2/items/0/spec/template/spec/containers/0"));
      assertThat(r.skippedKinds()).containsExactly(Map.entry("Service", 1));
      assertThat(r.documents()).isEqualTo(1);
    }

    @Test
    void aCustomResourceNamedJobInAnotherGroupIsSkippedAndCounted() {
      String yaml = "apiVersion: ci.example.com/v1\nkind: Job\nmetadata: {name: run}\nspec:\n  template:\n" + podSpec(4)
          + "---\napiVersion: argoproj.io/v1alpha1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n" + podSpec(4)
          + "---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: real}\nspec:\n  template:\n" + podSpec(4);

      ReadResult r = read(yaml);

      assertThat(r.workloads()).extracting(w -> w.ref().display()).containsExactly("Job real");
      assertThat(r.skippedKinds()).containsOnly(Map.entry("Job", 1), Map.entry("Deployment", 1));
      assertThat(r.errors()).isEmpty();
    }

    @Test
    void objectsWithoutKindOrPodTemplateAreSkippedAndCounted() {
      String yaml = """
          apiVersion: v1
          metadata: {name: no-kind}
          spec:
            containers: [{name: a, image: a:1}]
          ---
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: no-template}
          spec:
            replicas: 2
          ---
          kind: ConfigMap
          data: {a: b}
          """;

      ReadResult r = read(yaml);

      assertThat(r.workloads()).isEmpty();
      assertThat(r.errors()).isEmpty();
      assertThat(r.skippedKinds()).containsOnly(
          Map.entry("(no kind)", 1), Map.entry("Deployment (no pod template)", 1), Map.entry("ConfigMap", 1));
      assertThat(r.documents()).isEqualTo(3);
    }

    @Test
    void aPodWithGenerateNameIsNamedByItsPrefix() {
      Workload w = only("apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: debug-\n" + podSpec(0));

      assertThat(w.ref().name()).isEqualTo("debug-*");
      assertThat(w.ref().namespace()).as("never assumes default").isNull();
      assertThat(only("apiVersion: v1\nkind: Pod\n" + podSpec(0)).ref().name()).isEqualTo("(unnamed)");
    }

    @Test
    void aBareJsonArrayOfObjectsIsReadAndAScalarDocumentIsAnError() {
      ReadResult r = new ReadResult();
      KubernetesReader.read("pods.json", new JsonLoader(Limits.DEFAULT).load(
          "[{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"a\"},"
              + " \"spec\": {\"containers\": [{\"name\": \"c\", \"image\": \"x\"}]}}]\n\"oops\"\n"), r);

      assertThat(r.workloads()).extracting(w -> w.ref().name()).containsExactly("a");
      assertThat(r.errors()).singleElement().satisfies(e -> {
        assertThat(e.source()).isEqualTo(new Source("pods.json", 2, ""));
        assertThat(e.message()).contains("expected a Kubernetes object").contains("\"oops\"");
      });
    }
  }

  @Nested
  class Errors {

    @Test
    void aTypeErrorIsReportedAndTheRestOfItsObjectIsStillJudged() {
      String yaml = """
          apiVersion: v1
          kind: Pod
          metadata: {name: good-before}
          spec:
            containers: [{name: a, image: a:1}]
          ---
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: broken}
          spec:
            template:
              spec:
                containers:
                  - name: app
                    image: app:1
                    securityContext:
                      privileged: "yes"
          ---
          apiVersion: v1
          kind: Pod
          metadata: {name: good-after}
          spec:
            containers: [{name: b, image: b:1}]
          """;

      ReadResult r = read(yaml);

      // The broken field is reported (exit 4) and read as absent; the rest of its object is judged,
      // so one typo cannot hide another container's privileged: true.
      assertThat(r.workloads()).extracting(w -> w.ref().name()).containsExactly("good-before", "broken", "good-after");
      assertThat(r.errors()).singleElement().satisfies(e -> {
        assertThat(e.source().line()).isEqualTo(17);
        assertThat(e.message()).isEqualTo("spec.template.spec.containers[0].securityContext.privileged: "
            + "expected a boolean (true or false), found the string \"yes\"");
      });
    }

    @Test
    void anUnknownCapabilityIsANoteNotAnErrorSinceTheApiServerAcceptsIt() {
      ReadResult r = read("""
          apiVersion: v1
          kind: Pod
          metadata: {name: p}
          spec:
            containers:
              - name: app
                image: app:1
                securityContext:
                  capabilities:
                    add: [NET_ADMIN, sys_admn, CAP_SYS_TIME, all]
                    drop: [FOO]
          """);

      assertThat(r.errors()).isEmpty();
      assertThat(r.workloads()).hasSize(1);
      assertThat(r.notes()).extracting(n -> n.source().line() + " " + n.message()).containsExactly(
          "10 spec.containers[0].securityContext.capabilities.add[1]: unknown capability \"sys_admn\" (did you mean "
              + "CAP_SYS_ADMIN?) is accepted by the API server, but the container runtime cannot grant it: it refuses "
              + "or ignores the name when the container starts",
          "11 spec.containers[0].securityContext.capabilities.drop[0]: unknown capability \"FOO\" (expected a Linux "
              + "capability such as CAP_NET_BIND_SERVICE (see capabilities(7)) or ALL) is accepted by the API server, "
              + "but the container runtime cannot grant it: it refuses or ignores the name when the container starts");
    }

    @Test
    void aTypeErrorInsideAListItemNamesTheItem() {
      String yaml = "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: p}\n"
          + "    spec:\n      hostNetwork: 1\n      containers: [{name: c, image: x}]\n";

      ReadResult r = read(yaml);

      assertThat(r.workloads()).singleElement().satisfies(w -> assertThat(w.namespaces().hostNetwork().origin())
          .isEqualTo(dev.moat.model.Origin.DEFAULT));
      assertThat(r.errors()).extracting(InputError::message)
          .containsExactly("items[0].spec.hostNetwork: expected a boolean (true or false), found \"1\"");
    }

    @Test
    void aBrokenDocumentIsAnErrorAndTheOthersAreStillRead() {
      String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n" + podSpec(0)
          + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: b\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: c}\n" + podSpec(0);

      ReadResult r = read(yaml);

      assertThat(r.workloads()).extracting(w -> w.ref().name()).containsExactly("a", "c");
      assertThat(r.errors()).singleElement().satisfies(e -> {
        assertThat(e.source().file()).isEqualTo(FILE);
        assertThat(e.source().line()).isEqualTo(11);
        assertThat(e.message()).startsWith("invalid YAML");
      });
    }
  }

  @Nested
  class Inheritance {

    static final String POD = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            container.seccomp.security.alpha.kubernetes.io/annotated: unconfined
            seccomp.security.alpha.kubernetes.io/pod: localhost/pod.json
        spec:
          securityContext:
            runAsUser: 1000
            runAsNonRoot: true
            seccompProfile:
              type: RuntimeDefault
            seLinuxOptions:
              type: spc_t
          initContainers:
            - name: init
              image: init:1
          containers:
            - name: own
              image: own:1
              securityContext:
                runAsUser: 2000
                seccompProfile: {type: Localhost, localhostProfile: own.json}
                seLinuxOptions: {level: "s0:c1,c2"}
            - name: annotated
              image: annotated:1
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
        """;

    @Test
    void podLevelValuesReachEveryContainerKindAsInherited() {
      Workload w = only(POD);

      for (String name : List.of("init", "annotated", "debug")) {
        Container c = container(w, name);
        Setting<Long> uid = c.isolation().identity().runAsUser();
        assertThat(uid.value()).as(name).isEqualTo(1000L);
        assertThat(uid.origin()).as(name).isEqualTo(Origin.INHERITED);
        assertThat(uid.source().line()).as(name).isEqualTo(10);
        assertThat(c.isolation().identity().runAsNonRoot().origin()).isEqualTo(Origin.INHERITED);
        assertThat(c.isolation().seLinux().value().type()).isEqualTo("spc_t");
      }
      assertThat(w.containers()).extracting(Container::kind)
          .containsExactly(ContainerKind.INIT, ContainerKind.REGULAR, ContainerKind.REGULAR, ContainerKind.EPHEMERAL);
    }

    @Test
    void theContainersOwnValueWins() {
      Container own = container(only(POD), "own");

      assertThat(own.isolation().identity().runAsUser()).isEqualTo(Setting.explicit(2000L,
          new Source(FILE, 23, "/spec/containers/0/securityContext/runAsUser")));
      assertThat(own.isolation().seccomp().value().kind()).isEqualTo(ProfileKind.LOCALHOST);
      assertThat(own.isolation().seccomp().value().localhostName()).isEqualTo("own.json");
      assertThat(own.isolation().seccomp().origin()).isEqualTo(Origin.EXPLICIT);
      // seLinuxOptions are replaced as a whole, never merged field by field
      assertThat(own.isolation().seLinux().value().type()).isEmpty();
      assertThat(own.isolation().seLinux().value().level()).isEqualTo("s0:c1,c2");
    }

    @Test
    void seccompPrecedenceIsFieldThenContainerAnnotationThenPodFieldThenPodAnnotation() {
      Workload w = only(POD);

      Setting<?> annotated = container(w, "annotated").isolation().seccomp();
      assertThat(annotated.origin()).isEqualTo(Origin.ANNOTATION);
      assertThat(container(w, "annotated").isolation().seccomp().value().kind()).isEqualTo(ProfileKind.UNCONFINED);
      assertThat(annotated.source().line()).isEqualTo(6);
      assertThat(container(w, "init").isolation().seccomp().value().kind()).isEqualTo(ProfileKind.RUNTIME_DEFAULT);
      assertThat(container(w, "init").isolation().seccomp().origin()).isEqualTo(Origin.INHERITED);

      Workload podAnnotationOnly = only("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n"
          + "    seccomp.security.alpha.kubernetes.io/pod: localhost/pod.json\n" + podSpec(0));
      Setting<?> fromPod = podAnnotationOnly.containers().get(0).isolation().seccomp();
      assertThat(fromPod.origin()).isEqualTo(Origin.ANNOTATION);
      assertThat(podAnnotationOnly.containers().get(0).isolation().seccomp().value().localhostName()).isEqualTo("pod.json");
    }

    @Test
    void appArmorPrefersTheContainerAnnotationOverThePodField() {
      Workload w = only("""
          apiVersion: v1
          kind: Pod
          metadata:
            name: p
            annotations:
              container.apparmor.security.beta.kubernetes.io/a: runtime/default
          spec:
            securityContext:
              appArmorProfile: {type: Unconfined}
            containers:
              - {name: a, image: a:1}
              - {name: b, image: b:1}
          """);

      assertThat(container(w, "a").isolation().appArmor().value().kind()).isEqualTo(ProfileKind.RUNTIME_DEFAULT);
      assertThat(container(w, "a").isolation().appArmor().origin()).isEqualTo(Origin.ANNOTATION);
      assertThat(container(w, "b").isolation().appArmor().value().kind()).isEqualTo(ProfileKind.UNCONFINED);
      assertThat(container(w, "b").isolation().appArmor().origin()).isEqualTo(Origin.INHERITED);
    }

    @Test
    void annotationsOnTheControllerDoNotReachItsPods() {
      Workload w = only("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  annotations:\n"
          + "    seccomp.security.alpha.kubernetes.io/pod: unconfined\nspec:\n  template:\n" + podSpec(4));

      assertThat(w.containers().get(0).isolation().seccomp().isKnown()).isFalse();
      assertThat(w.annotations()).isEmpty();
    }

    @Test
    void unwrittenSettingsAreDefaultOrUnsetAtTheLineWhereTheyWouldBeWritten() {
      Workload w = only("""
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: d}
          spec:
            template:
              spec:
                containers:
                  - name: bare
                    image: bare:1
                  - name: partial
                    image: partial:1
                    securityContext:
                      runAsNonRoot: true
          """);

      Container bare = container(w, "bare");
      assertThat(bare.isolation().allowPrivilegeEscalation()).isEqualTo(Setting.defaulted(true,
          new Source(FILE, 8, "/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation")));
      assertThat(bare.isolation().identity().runAsUser().origin()).isEqualTo(Origin.UNSET);
      assertThat(bare.isolation().identity().runAsUser().source().line()).isEqualTo(8);
      assertThat(bare.isolation().capabilities().where().line()).isEqualTo(8);

      Container partial = container(w, "partial");
      assertThat(partial.isolation().privileged().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(partial.isolation().privileged().source().line()).as("the securityContext: key line").isEqualTo(12);
      assertThat(partial.isolation().readOnlyRootFilesystem().source().line()).isEqualTo(12);
      assertThat(partial.isolation().seccomp().source().line()).isEqualTo(12);
      assertThat(partial.isolation().procMount()).isEqualTo(Setting.defaulted("Default",
          new Source(FILE, 12, "/spec/template/spec/containers/1/securityContext/procMount")));

      assertThat(w.namespaces().hostUser()).isEqualTo(Setting.defaulted(true,
          new Source(FILE, 6, "/spec/template/spec/hostUsers")));
      assertThat(w.isolation().serviceAccountToken().source().line()).as("the pod spec: key line").isEqualTo(6);
      assertThat(w.namespaces().hostCgroup().isKnown()).as("the node's cgroup version decides").isFalse();
    }

    @Test
    void aPrivilegedContainerSharesTheHostCgroupNamespace() {
      Workload w = only("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n"
          + "    - name: a\n      image: a:1\n    - name: b\n      image: b:1\n      securityContext:\n"
          + "        privileged: true\n");

      assertThat(w.namespaces().hostCgroup()).isEqualTo(Setting.defaulted(true,
          new Source(FILE, 11, "/spec/containers/1/securityContext/privileged")));
    }

    @Test
    void hostNetworkImpliesTheHostUtsNamespace() {
      Workload shared = only("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n"
          + "  containers: [{name: a, image: a:1}]\n");
      Workload own = only("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n" + podSpec(0));

      assertThat(shared.namespaces().hostUts().value()).isTrue();
      assertThat(shared.namespaces().hostUts().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(shared.namespaces().hostUts().source().line()).isEqualTo(5);
      assertThat(own.namespaces().hostUts().value()).isFalse();
    }

    @Test
    void podLevelLimitsBoundContainersWithoutTheirOwn() {
      Workload w = only("""
          apiVersion: v1
          kind: Pod
          metadata: {name: p}
          spec:
            resources:
              limits: {cpu: "2", memory: 1Gi}
            containers:
              - name: own
                image: a:1
                resources:
                  limits: {memory: 256Mi}
              - name: none
                image: b:1
          """);

      Container own = container(w, "own");
      assertThat(own.resources().memoryLimit().value()).isEqualTo("256Mi");
      assertThat(own.resources().memoryLimit().origin()).isEqualTo(Origin.EXPLICIT);
      assertThat(own.resources().cpuLimit().value()).isEqualTo("2");
      assertThat(own.resources().cpuLimit().origin()).isEqualTo(Origin.INHERITED);
      Container none = container(w, "none");
      assertThat(none.resources().memoryLimit().value()).isEqualTo("1Gi");
      assertThat(none.resources().memoryLimit().source().line()).isEqualTo(6);
    }
  }

  @Nested
  class Mounts {

    static final String POD = """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - name: run
                  mountPath: /var/run/docker.sock
                  subPath: docker.sock
                - name: run
                  mountPath: /host/run
                  readOnly: true
                - name: root
                  mountPath: /host/etc
                  subPath: etc
                - {name: cache, mountPath: /cache}
                - {name: shm, mountPath: /dev/shm}
                - {name: missing, mountPath: /missing}
          volumes:
            - name: run
              hostPath:
                path: /var/run
                type: Directory
            - name: root
              hostPath: {path: /}
            - name: cache
              emptyDir: {}
            - name: shm
              emptyDir: {medium: Memory}
        """;

    @Test
    void hostPathMountsJoinTheSubPathAndPointAtIt() {
      List<Mount> mounts = only(POD).containers().get(0).mounts();

      Mount socket = mounts.get(0);
      assertThat(socket.kind()).isEqualTo(MountKind.HOST_PATH);
      assertThat(socket.hostPath()).isEqualTo("/var/run/docker.sock");
      assertThat(socket.containerPath()).isEqualTo("/var/run/docker.sock");
      assertThat(socket.hostPathSource().line()).as("the subPath line").isEqualTo(11);
      assertThat(socket.source().line()).isEqualTo(9);
      assertThat(socket.isWritable()).isTrue();

      Mount whole = mounts.get(1);
      assertThat(whole.hostPath()).isEqualTo("/var/run");
      assertThat(whole.hostPathSource()).isEqualTo(new Source(FILE, 24, "/spec/volumes/0/hostPath/path"));
      assertThat(whole.isWritable()).isFalse();
      assertThat(whole.readOnly().origin()).isEqualTo(Origin.EXPLICIT);

      assertThat(mounts.get(2).hostPath()).as("no doubled slash").isEqualTo("/etc");
    }

    @Test
    void otherVolumesAreNotHostPaths() {
      Workload w = only(POD);
      List<Mount> mounts = w.containers().get(0).mounts();

      assertThat(mounts.subList(3, 6)).extracting(Mount::kind)
          .containsExactly(MountKind.VOLUME, MountKind.TMPFS, MountKind.VOLUME);
      assertThat(mounts.subList(3, 6)).allMatch(m -> !m.isHostPath() && m.hostPath() == null);
      assertThat(w.volumes()).extracting(v -> v.sourceKinds())
          .containsExactly(List.of("hostPath"), List.of("hostPath"), List.of("emptyDir"), List.of("emptyDir"));
    }
  }

  @Test
  void probeAndLifecycleHostsAreCollectedWithTheirLines() {
    Workload w = only("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: app:1
              livenessProbe:
                httpGet: {path: /healthz, port: 8080, host: 169.254.169.254}
              readinessProbe:
                tcpSocket:
                  port: 5432
                  host: db.internal
              startupProbe:
                httpGet: {path: /, port: 8080}
              lifecycle:
                preStop:
                  httpGet:
                    host: 10.0.0.1
                    port: 80
        """);

    List<Setting<String>> hosts = w.containers().get(0).probeHosts();

    assertThat(hosts).extracting(Setting::value).containsExactly("169.254.169.254", "db.internal", "10.0.0.1");
    assertThat(hosts).extracting(s -> s.source().line()).containsExactly(9, 13, 19);
  }

  @Test
  void portsKeepTheHostPortLine() {
    Workload w = only("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: a:1\n"
        + "      ports:\n        - containerPort: 80\n          hostPort: 8080\n        - containerPort: 9090\n");

    assertThat(w.containers().get(0).ports()).extracting(p -> p.hostPort() + "@" + p.source().line())
        .containsExactly("8080@10", "null@11");
  }
}
