package dev.moat.input.dockerrun;

import java.util.ArrayList;
import java.util.List;

/**
 * One logical line of a systemd unit file: its physical lines joined where they end in a
 * backslash, with the file line and column of each character, so words found in it point where
 * they are written. Comment lines (# or ;) are dropped, also inside a continued line; blank lines
 * outside one are dropped.
 */
record UnitLine(String text, int[] lines, int[] columns) {

  static List<UnitLine> split(String text) {
    List<UnitLine> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    List<Integer> lineOf = new ArrayList<>();
    List<Integer> columnOf = new ArrayList<>();
    String[] physical = text.split("\n", -1);
    boolean continuing = false;
    for (int n = 0; n < physical.length; n++) {
      String p = physical[n].endsWith("\r") ? physical[n].substring(0, physical[n].length() - 1) : physical[n];
      String trimmed = p.trim();
      if (continuing && (trimmed.startsWith("#") || trimmed.startsWith(";"))) {
        continue; // a comment inside a continued line is skipped
      }
      if (!continuing && (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";"))) {
        continue;
      }
      boolean continues = p.endsWith("\\");
      String body = continues ? p.substring(0, p.length() - 1) : p;
      for (int c = 0; c < body.length(); c++) {
        sb.append(body.charAt(c));
        lineOf.add(n + 1);
        columnOf.add(c + 1);
      }
      if (continues) {
        sb.append('\n'); // a blank for systemd; kept as a line break so sh -c scripts keep their lines
        lineOf.add(n + 1);
        columnOf.add(body.length() + 1);
        continuing = true;
        continue;
      }
      out.add(of(sb, lineOf, columnOf));
      sb.setLength(0);
      lineOf.clear();
      columnOf.clear();
      continuing = false;
    }
    if (sb.length() > 0) {
      out.add(of(sb, lineOf, columnOf));
    }
    return out;
  }

  private static UnitLine of(StringBuilder text, List<Integer> lineOf, List<Integer> columnOf) {
    return new UnitLine(text.toString(), lineOf.stream().mapToInt(Integer::intValue).toArray(),
        columnOf.stream().mapToInt(Integer::intValue).toArray());
  }
}
