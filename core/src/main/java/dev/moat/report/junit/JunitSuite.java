package dev.moat.report.junit;

import java.util.List;

/** One {@code <testsuite>}: the cases of one file, or of the input errors. */
record JunitSuite(String name, List<JunitCase> cases) {

  JunitSuite {
    cases = List.copyOf(cases);
  }

  int tests() {
    return cases.size();
  }

  int failures() {
    return count(JunitCase.Failed.class);
  }

  int errors() {
    return count(JunitCase.Errored.class);
  }

  int skipped() {
    return count(JunitCase.Skipped.class);
  }

  private int count(Class<? extends JunitCase.Outcome> type) {
    return (int) cases.stream().filter(c -> type.isInstance(c.outcome())).count();
  }
}
