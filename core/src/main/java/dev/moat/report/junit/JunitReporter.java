package dev.moat.report.junit;

import dev.moat.model.InputError;
import dev.moat.model.ObjectRef;
import dev.moat.model.Source;
import dev.moat.report.Reporter;
import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.result.Target;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;

/**
 * Writes JUnit XML so CI servers that only understand test results still show findings: one suite
 * per file, a failing case per finding, a skipped case per suppressed finding, a passing case per
 * clean object, and a suite of errored cases for inputs that could not be read.
 */
public final class JunitReporter implements Reporter {

  static final String INPUT_ERRORS = "input errors";
  static final String NO_FILE = "(no file)";

  @Override
  public void write(Report report, Writer out) throws IOException {
    try {
      new JunitXml(out).write(suites(report));
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  static List<JunitSuite> suites(Report report) {
    // TreeMap: suites in file order, independent of which file produced the first finding.
    Map<String, List<JunitCase>> byFile = new TreeMap<>();
    for (Finding f : report.findings()) {
      byFile.computeIfAbsent(suiteName(f.location()), k -> new ArrayList<>()).add(findingCase(f));
    }
    for (Target t : report.targets()) {
      if (t.clean()) {
        byFile.computeIfAbsent(suiteName(t.location()), k -> new ArrayList<>())
            .add(new JunitCase(className(t.object()), "no findings", t.location().line(), new JunitCase.Passed()));
      }
    }
    List<JunitSuite> suites = new ArrayList<>();
    for (Map.Entry<String, List<JunitCase>> e : byFile.entrySet()) {
      List<JunitCase> cases = new ArrayList<>(e.getValue());
      // Stable sort: findings keep the report's order, clean objects slot in by line.
      cases.sort(Comparator.comparingInt(JunitCase::line));
      suites.add(new JunitSuite(e.getKey(), cases));
    }
    if (!report.errors().isEmpty()) {
      suites.add(new JunitSuite(INPUT_ERRORS, report.errors().stream().map(JunitReporter::errorCase).toList()));
    }
    return suites;
  }

  private static JunitCase findingCase(Finding f) {
    // The line keeps names unique when a rule fires twice on one container (two capabilities).
    String name = (f.container() == null ? f.ruleId() : f.ruleId() + " [" + f.container() + "]")
        + (f.location().hasLine() ? " line " + f.location().line() : "");
    JunitCase.Outcome outcome = f.suppressed()
        ? new JunitCase.Skipped(f.suppressionReason() == null ? "suppressed" : "suppressed: " + f.suppressionReason())
        : new JunitCase.Failed(f.message(), f.severity().name(), where(f.location()) + ": " + f.message());
    return new JunitCase(className(f.object()), name, f.location().line(), outcome);
  }

  private static JunitCase errorCase(InputError e) {
    Source s = e.source();
    String name = s.hasLine() ? "line " + s.line() : "whole file";
    return new JunitCase(suiteName(s), name, s.line(),
        new JunitCase.Errored(e.message(), "input error", where(s) + ": " + e.message()));
  }

  /** "Deployment/prod/web", or "Pod/web" when the input names no namespace. */
  private static String className(ObjectRef object) {
    if (object == null) {
      return "(no object)";
    }
    return object.namespace() == null
        ? object.kind() + "/" + object.name()
        : object.kind() + "/" + object.namespace() + "/" + object.name();
  }

  private static String suiteName(Source source) {
    return source.file().isEmpty() ? NO_FILE : source.file();
  }

  private static String where(Source source) {
    return source.file().isEmpty() ? NO_FILE : source.toString();
  }
}
