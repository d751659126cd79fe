package dev.moat.input.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.model.InputError;
import dev.moat.model.Origin;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapReaderTest {

  private final Problems problems = new Problems();

  private MapReader read(String yaml) {
    MapNode root = (MapNode) new YamlLoader(Limits.DEFAULT).load(yaml).get(0).root();
    return new MapReader(root, "pod.yaml", "", Scalars.YAML_1_1, problems);
  }

  private MapReader securityContext(String yaml) {
    return read(yaml).map("spec").maps("containers").get(0).map("securityContext");
  }

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: app
            securityContext:
              %s
      """;

  @Test
  void aStringWhereABooleanBelongsNamesTheFieldPathAndWhatWasExpected() {
    MapReader sc = securityContext(POD.formatted("privileged: \"true\""));

    Setting<Boolean> privileged = sc.bool("privileged");

    assertThat(privileged.isKnown()).isFalse();
    assertThat(problems.list()).singleElement().satisfies(e -> {
      assertThat(e.message()).isEqualTo("spec.containers[0].securityContext.privileged: "
          + "expected a boolean (true or false), found the string \"true\"");
      assertThat(e.source()).isEqualTo(new Source("pod.yaml", 7, "/spec/containers/0/securityContext/privileged"));
    });
  }

  @Test
  void integersListsAndMappingsReportTheirTypeErrorsToo() {
    MapReader sc = securityContext(POD.formatted("runAsUser: root\n        capabilities: [NET_ADMIN]\n        seLinuxOptions: {type: [spc_t]}"));

    assertThat(sc.integer("runAsUser").isKnown()).isFalse();
    assertThat(sc.map("capabilities")).isNull();
    assertThat(sc.map("seLinuxOptions").string("type").isKnown()).isFalse();

    assertThat(problems.list()).extracting(InputError::message).containsExactly(
        "spec.containers[0].securityContext.runAsUser: expected an integer, found \"root\"",
        "spec.containers[0].securityContext.capabilities: expected a mapping, found a list",
        "spec.containers[0].securityContext.seLinuxOptions.type: expected a string, found a list");
    assertThat(problems.list()).extracting(e -> e.source().line()).containsExactly(7, 8, 9);
  }

  @Test
  void listItemsOfTheWrongTypeAreReportedAndSkipped() {
    MapReader spec = read("spec:\n  containers:\n    - name: a\n    - just-a-string\n  volumes: {name: x}\n").map("spec");

    assertThat(spec.maps("containers")).hasSize(1);
    assertThat(spec.maps("volumes")).isEmpty();
    assertThat(problems.list()).extracting(InputError::message).containsExactly(
        "spec.containers[1]: expected a mapping, found \"just-a-string\"",
        "spec.volumes: expected a list, found a mapping");
    assertThat(problems.list().get(0).source().line()).isEqualTo(4);
  }

  @Test
  void stringListsKeepEachItemsLineAndRejectNonScalars() {
    MapReader caps = read("capabilities:\n  add:\n    - NET_ADMIN\n    - {name: SYS_TIME}\n    - SYS_TIME\n").map("capabilities");

    List<Setting<String>> add = caps.strings("add");

    assertThat(add).extracting(Setting::value).containsExactly("NET_ADMIN", "SYS_TIME");
    assertThat(add).extracting(s -> s.source().line()).containsExactly(3, 5);
    assertThat(add).extracting(s -> s.source().pointer()).containsExactly("/capabilities/add/0", "/capabilities/add/2");
    assertThat(problems.list()).extracting(InputError::message)
        .containsExactly("capabilities.add[1]: expected a string, found a mapping");
  }

  @Test
  void annotationKeysWithDotsAndSlashesAreQuotedInThePath() {
    MapReader meta = read("metadata:\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: [x]\n").map("metadata");

    meta.stringMap("annotations");

    assertThat(problems.list()).extracting(InputError::message).containsExactly(
        "metadata.annotations[\"container.apparmor.security.beta.kubernetes.io/app\"]: expected a string, found a list");
    assertThat(problems.list().get(0).source().pointer())
        .isEqualTo("/metadata/annotations/container.apparmor.security.beta.kubernetes.io~1app");
  }

  @Test
  void absentAndNullFieldsAreUnsetAtTheMappingsLineWithoutProblems() {
    MapReader sc = securityContext(POD.formatted("runAsNonRoot: null\n        readOnlyRootFilesystem:\n        runAsUser: ~"));

    Setting<Boolean> absent = sc.bool("privileged");
    assertThat(absent.origin()).isEqualTo(Origin.UNSET);
    assertThat(absent.source()).isEqualTo(new Source("pod.yaml", 7, "/spec/containers/0/securityContext/privileged"));
    assertThat(sc.has("runAsNonRoot")).isFalse();
    assertThat(sc.node().has("runAsNonRoot")).isTrue();
    assertThat(sc.bool("runAsNonRoot").isKnown()).isFalse();
    assertThat(sc.bool("readOnlyRootFilesystem").isKnown()).isFalse();
    assertThat(sc.integer("runAsUser").isKnown()).isFalse();
    assertThat(sc.map("seccompProfile")).isNull();
    assertThat(sc.maps("sysctls")).isEmpty();
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void writtenValuesAreExplicitAtTheirKeysLine() {
    MapReader sc = securityContext(POD.formatted("runAsUser: 1000\n        privileged: off\n        procMount: Default"));

    assertThat(sc.integer("runAsUser")).isEqualTo(Setting.explicit(1000L,
        new Source("pod.yaml", 7, "/spec/containers/0/securityContext/runAsUser")));
    assertThat(sc.bool("privileged").value()).isFalse();
    assertThat(sc.bool("privileged").source().line()).isEqualTo(8);
    assertThat(sc.string("procMount").value()).isEqualTo("Default");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void stringFieldsTakePlainNumbersAndBooleansAsText() {
    MapReader limits = read("limits:\n  cpu: 2\n  memory: 512Mi\n  ephemeral: true\n").map("limits");

    assertThat(limits.quantity("cpu").value()).isEqualTo("2");
    assertThat(limits.quantity("memory").value()).isEqualTo("512Mi");
    assertThat(limits.string("ephemeral").value()).isEqualTo("true");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void problemPathsForTheDocumentRoot() {
    assertThat(Problems.path("")).isEqualTo("(document root)");
    assertThat(Problems.path("/items/3/spec/template")).isEqualTo("items[3].spec.template");
  }
}
