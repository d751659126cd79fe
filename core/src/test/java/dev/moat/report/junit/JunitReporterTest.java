package dev.moat.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.model.InputError;
import dev.moat.model.Source;
import dev.moat.report.Golden;
import dev.moat.report.ReportFixture;
import dev.moat.result.Report;
import dev.moat.result.ScanStats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {

  @Test
  void countsAddUp() throws Exception {
    Element root = parse(ReportFixture.report()).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("name")).isEqualTo("moat");
    // 5 findings + 1 clean object + 1 input error
    assertThat(root.getAttribute("tests")).isEqualTo("7");
    assertThat(root.getAttribute("failures")).isEqualTo("4");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
  }

  @Test
  void oneSuitePerFileThenInputErrors() throws Exception {
    NodeList suites = parse(ReportFixture.report()).getElementsByTagName("testsuite");
    assertThat(List.of(name(suites, 0), name(suites, 1), name(suites, 2), name(suites, 3)))
        .containsExactly("deploy/jobs.yaml", "deploy/pod.yaml", "deploy/web.yaml", "input errors");
  }

  @Test
  void casesNameObjectRuleContainerAndLine() throws Exception {
    Document doc = parse(ReportFixture.report());
    NodeList cases = doc.getElementsByTagName("testcase");
    Element privileged = find(cases, "privileged-container [app] line 21");
    assertThat(privileged.getAttribute("classname")).isEqualTo("Deployment/prod/web");
    Element failure = (Element) privileged.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("CRITICAL");
    assertThat(failure.getTextContent()).isEqualTo("deploy/web.yaml:21: container 'app' is privileged");
    assertThat(find(cases, "host-pid-namespace line 9").getElementsByTagName("failure").getLength()).isEqualTo(1);
    Element skipped = (Element) find(cases, "image-tag-mutable [app] line 22").getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message")).isEqualTo("suppressed: pinned by the release pipeline");
    Element clean = find(cases, "no findings");
    assertThat(clean.getAttribute("classname")).isEqualTo("Deployment/prod/api");
    assertThat(clean.getChildNodes().getLength()).isZero();
  }

  @Test
  void textIsMadeLegalXml() throws Exception {
    Report report = new Report("0", null, List.of(), List.of(), List.of(),
        List.of(new InputError(new Source("x<&>.yaml", 2, ""), "bad \u0001 byte \"quoted\"\nsecond line")),
        List.of(), new ScanStats(1, 1, 0, 0, Map.of()));
    Element error = (Element) parse(report).getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).isEqualTo("bad \uFFFD byte \"quoted\" second line");
    assertThat(error.getTextContent()).isEqualTo("x<&>.yaml:2: bad \uFFFD byte \"quoted\"\nsecond line");
  }

  private static Document parse(Report report) throws Exception {
    String xml = Golden.render(new JunitReporter(), report);
    return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String name(NodeList nodes, int i) {
    return ((Element) nodes.item(i)).getAttribute("name");
  }

  private static Element find(NodeList cases, String name) {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no testcase named " + name);
  }
}
