package dev.moat.cli;

import dev.moat.report.rules.RuleDocs;
import dev.moat.rule.RuleIds;
import dev.moat.rule.RuleMeta;
import dev.moat.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/** Prints rule metadata for moat rules and moat explain. */
final class RuleListing {

  private RuleListing() {}

  static void text(List<RuleMeta> metas, PrintWriter out) {
    int width = metas.stream().mapToInt(m -> m.id().length()).max().orElse(10);
    out.printf("%-" + width + "s  %-12s  %-8s  %s%n", "RULE", "LAYER", "SEVERITY", "SUMMARY");
    for (RuleMeta m : metas) {
      out.printf("%-" + width + "s  %-12s  %-8s  %s%n", m.id(), m.layer().name(), m.severity().name(), m.summary());
    }
    out.println();
    out.println(metas.size() + " rules. Details: moat explain RULE");
  }

  static void markdown(List<RuleMeta> metas, Standard standard, PrintWriter out) {
    RuleDocs.markdown(metas, standard == null ? "Moat rules" : standard.title(), out);
  }

  static void json(List<RuleMeta> metas, PrintWriter out) {
    try {
      RuleDocs.json(metas, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String closest(String id, Collection<String> known) {
    return RuleIds.closest(id, known);
  }

  /** Wraps prose to a width, indenting each line. */
  static String wrap(String text, int width, String indent) {
    StringBuilder sb = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split("\\s+")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        sb.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    sb.append(line);
    return sb.toString();
  }
}
