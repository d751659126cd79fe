package dev.moat.input.dockerrun;

import dev.moat.input.GoBool;
import dev.moat.input.dockerrun.RunParser.Parsed;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.InputNote;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The options of one parsed run/create command, read the way every part of its workload needs
 * them: where each use is written, a note for a value with an expansion Moat cannot resolve, an
 * error for a malformed value. A setting that no flag sets points at the command's first line,
 * where the flag would be added.
 */
final class OptionReader {

  private final String file;
  private final CommandLine cmd;
  private final Parsed parsed;
  private final Consumer<InputNote> notes;
  private final Source at;

  OptionReader(String file, CommandLine cmd, Parsed parsed, Consumer<InputNote> notes) {
    this.file = file;
    this.cmd = cmd;
    this.parsed = parsed;
    this.notes = notes;
    this.at = new Source(file, cmd.start().line(), "");
  }

  String file() {
    return file;
  }

  CommandLine command() {
    return cmd;
  }

  Parsed parsed() {
    return parsed;
  }

  /** The command's first line: where a setting no flag sets points. */
  Source at() {
    return at;
  }

  boolean podman() {
    return cmd.engine() == Engine.PODMAN;
  }

  Use last(String canonical) {
    return parsed.last(canonical);
  }

  List<Use> all(String canonical) {
    return parsed.all(canonical);
  }

  List<Use> uses() {
    return parsed.uses();
  }

  /** The line of the use and "/name", with its index when the option is given more than once. */
  Source src(Use u) {
    List<Use> same = parsed.all(u.name());
    int n = same.indexOf(u);
    return new Source(file, u.at().line(), "/" + u.name() + (same.size() > 1 ? "/" + n : ""));
  }

  void note(Arg where, String message) {
    notes.accept(new InputNote(new Source(file, where.line(), ""), cmd.name() + ": " + message));
  }

  /** Why these expansions have no value Moat can use. */
  String why(List<String> unknowns) {
    return Unresolved.why(unknowns, cmd.unit());
  }

  /** Notes a value with unresolved expansions; true when it is unknown. */
  boolean unknown(Use u, String what) {
    if (u.known()) {
      return false;
    }
    note(u.valueAt(), u.written() + " " + u.value() + ": " + why(u.unknowns()) + ", so " + what
        + " is not known and is not judged");
    return true;
  }

  /** The values of a use: podman splits some options at commas (--cap-add A,B). */
  List<String> values(Use u) {
    if (podman() && u.flag().commaList()) {
      List<String> out = new ArrayList<>();
      for (String v : u.value().split(",")) {
        if (!v.isBlank()) {
          out.add(v.trim());
        }
      }
      return out;
    }
    return List.of(u.value());
  }

  /** A switch: its last use, or the platform's default when it is absent. */
  Setting<Boolean> bool(String flag, boolean platformDefault, String what) {
    Use u = parsed.last(flag);
    if (u == null) {
      return Setting.defaulted(platformDefault, at);
    }
    if (unknown(u, what)) {
      return Setting.unset(src(u));
    }
    return Setting.explicit(GoBool.parse(u.value()), src(u));
  }

  long integer(Use u) {
    try {
      return Long.parseLong(u.value());
    } catch (NumberFormatException e) {
      throw invalid(u, "an integer");
    }
  }

  BigDecimal decimal(Use u, String expected) {
    try {
      return new BigDecimal(u.value());
    } catch (NumberFormatException e) {
      throw invalid(u, expected);
    }
  }

  InputSyntaxException invalid(Use u, String expected) {
    return new InputSyntaxException(cmd.name() + ": invalid value \"" + u.value() + "\" for " + u.written(),
        "expected " + expected, u.valueAt().line(), u.valueAt().column());
  }

  /** An error at the value of a use: the command's name and the message, then the detail (what was expected). */
  InputSyntaxException syntaxError(Use u, String message, String detail) {
    return new InputSyntaxException(cmd.name() + ": " + message, detail, u.valueAt().line(), u.valueAt().column());
  }
}
