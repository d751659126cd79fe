package dev.moat.input.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLoaderTest {

  private static List<Document> load(String json) {
    return new JsonLoader(Limits.DEFAULT).load(json);
  }

  @Test
  void keysAndValuesKeepTheirLines() {
    String json = """
        {
          "kind": "Pod",
          "spec": {
            "hostPID":
              true,
            "containers": [
              {"name": "a"},
              {"name": "b"}
            ]
          }
        }
        """;

    Document d = load(json).get(0);

    MapNode root = (MapNode) d.root();
    assertThat(root.line()).isEqualTo(1);
    assertThat(root.entry("kind").keyLine()).isEqualTo(2);
    MapNode spec = (MapNode) root.get("spec");
    assertThat(spec.entry("hostPID").keyLine()).isEqualTo(4);
    assertThat(spec.get("hostPID").line()).isEqualTo(5);
    SeqNode containers = (SeqNode) spec.get("containers");
    assertThat(containers.items()).extracting(Node::line).containsExactly(7, 8);
  }

  @Test
  void jsonStringsAreNeverPlainButNumbersBooleansAndNullAre() {
    MapNode m = (MapNode) load("{\"a\": \"true\", \"b\": true, \"c\": 8080, \"d\": null, \"e\": 1.5}").get(0).root();

    assertThat(((ScalarNode) m.get("a")).plain()).isFalse();
    assertThat(((ScalarNode) m.get("b"))).isEqualTo(new ScalarNode("true", true, 1));
    assertThat(((ScalarNode) m.get("c"))).isEqualTo(new ScalarNode("8080", true, 1));
    assertThat(Scalars.YAML_1_2.isNull((ScalarNode) m.get("d"))).isTrue();
    assertThat(((ScalarNode) m.get("e")).text()).isEqualTo("1.5");
  }

  @Test
  void duplicateKeysAreRejectedNamingBothLines() {
    String json = "{\n  \"spec\": {\n    \"hostNetwork\": false,\n    \"hostNetwork\": true\n  }\n}\n";

    Document d = load(json).get(0);

    assertThat(d.failed()).isTrue();
    assertThat(d.error().line()).isEqualTo(4);
    assertThat(d.error().getMessage()).contains("duplicate key 'hostNetwork'").contains("line 3");
  }

  @Test
  void concatenatedValuesAreSeparateDocuments() {
    List<Document> docs = load("{\"kind\": \"A\"}\n{\"kind\": \"B\"}\n[1, 2]\n");

    assertThat(docs).hasSize(3);
    assertThat(docs).extracting(Document::line).containsExactly(1, 2, 3);
    assertThat(docs.get(2).root()).isInstanceOf(SeqNode.class);
  }

  @Test
  void truncatedJsonKeepsTheDocumentsBeforeItAndNamesTheLine() {
    List<Document> docs = load("{\"kind\": \"A\"}\n{\"kind\": \"B\",\n \"spec\": {\"containers\": [\n");

    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).failed()).isFalse();
    assertThat(docs.get(1).failed()).isTrue();
    assertThat(docs.get(1).error().getMessage()).startsWith("invalid JSON: ");
    assertThat(docs.get(1).error().line()).isEqualTo(3);
  }

  @Test
  void syntaxErrorsNameTheirLine() {
    Document d = load("{\n  \"kind\": \"Pod\",\n  \"spec\": {hostPID: true}\n}\n").get(0);

    assertThat(d.failed()).isTrue();
    assertThat(d.error().getMessage()).startsWith("invalid JSON: ");
    assertThat(d.error().line()).isEqualTo(3);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    JsonLoader loader = new JsonLoader(new Limits(1 << 20, 4, 100));

    assertThat(loader.load("[[[1]]]").get(0).failed()).isFalse();
    Document deep = loader.load("{\"a\": {\"b\": {\"c\": {\"d\": 1}}}}").get(0);
    assertThat(deep.failed()).isTrue();
    assertThat(deep.error().getMessage()).isEqualTo("document nests deeper than 4 levels");
    Document pathological = load("[".repeat(2000) + "]".repeat(2000)).get(0);
    assertThat(pathological.failed()).isTrue();
    assertThat(pathological.error().getMessage()).contains("nesting").contains("128");
  }

  @Test
  void emptyInputHasNoDocuments() {
    assertThat(load("")).isEmpty();
    assertThat(load("  \n\t\n")).isEmpty();
  }
}
