package dev.moat.input.dockerfile;

import dev.moat.model.DockerInstruction;
import dev.moat.model.Dockerfile;
import dev.moat.model.DockerfileStage;
import dev.moat.model.InputError;
import dev.moat.model.InputNote;
import dev.moat.model.ObjectRef;
import dev.moat.model.Origin;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile's text into the {@link Dockerfile} model: instructions with their lines, build
 * stages, and the image's USER after substitution.
 *
 * <p>Substitution follows Docker: FROM sees only the ARGs declared before the first FROM (and the
 * automatic platform arguments); inside a stage, USER and ENV see the stage's own ARGs (a global
 * ARG only when redeclared in the stage) and its ENV, which includes the ENV of the stage it builds
 * on, ENV winning over ARG. Build arguments take their defaults, as in a build without
 * {@code --build-arg}; one declared without a default is unknown, and so is what it decides.
 *
 * <p>Problems become {@link InputError}s with their line, and reading goes on: an unknown
 * instruction is skipped, a malformed one is kept as far as it can be understood.
 */
public final class DockerfileParser {

  /** Every instruction of the Dockerfile reference, in alphabetical order (hints list them in this order). */
  static final List<String> INSTRUCTIONS = List.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
      "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");
  private static final Set<String> MAYBE_EXEC_FORM =
      Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME");
  /** Set by BuildKit in the global scope without being declared; their values depend on the build. */
  private static final List<String> PLATFORM_ARGS = List.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH",
      "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");
  private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");

  /**
   * @param dockerfile null when nothing could be read (no FROM at all)
   * @param notes what BuildKit accepts with a warning
   */
  public record Result(Dockerfile dockerfile, List<InputError> errors, List<InputNote> notes) {}

  private final String file;
  private final List<InputError> errors = new ArrayList<>();
  private final List<InputNote> notes = new ArrayList<>();
  /** The errors for instructions before the first FROM, dropped when there is no FROM at all. */
  private final List<InputError> beforeFrom = new ArrayList<>();
  private Expander expander;
  private char escape = '\\';
  private final Scope global = new Scope(false);
  private final List<DockerInstruction> globalArgs = new ArrayList<>();
  private final List<StageBuilder> stages = new ArrayList<>();

  private DockerfileParser(String file) {
    this.file = file;
    for (String p : PLATFORM_ARGS) {
      global.arg(p, null);
    }
  }

  /** Reads one Dockerfile; {@code file} names it in sources and errors. */
  public static Result parse(String file, String text) {
    DockerfileParser p = new DockerfileParser(file);
    return p.read(text);
  }

  private Result read(String text) {
    LineScanner scanner = new LineScanner(file, text, this::error,
        (line, message) -> notes.add(new InputNote(new Source(file, line, ""), message)));
    List<RawInstruction> raws = scanner.scan();
    escape = scanner.escape();
    expander = new Expander(escape);
    RawInstruction previous = null;
    for (RawInstruction raw : raws) {
      instruction(raw, previous);
      previous = raw;
    }
    if (stages.isEmpty()) {
      // Without any FROM, "belongs to no build stage" on every line would only repeat this one error.
      errors.removeAll(beforeFrom);
      error(0, raws.isEmpty() ? "empty: no instructions in this Dockerfile"
          : "no FROM instruction: a Dockerfile needs at least one build stage (FROM image)");
      return new Result(null, errors, notes);
    }
    return new Result(build(raws.get(0).line()), errors, notes);
  }

  private void instruction(RawInstruction raw, RawInstruction previous) {
    String keyword = raw.keyword().toUpperCase(Locale.ROOT);
    if (!INSTRUCTIONS.contains(keyword)) {
      error(raw.line(), "unknown instruction '" + raw.keyword() + "'" + InstructionHint.of(raw, previous, escape)
          + "; it is skipped");
      return;
    }
    StageBuilder current = stages.isEmpty() ? null : stages.get(stages.size() - 1);
    String pointer = keyword.equals("FROM") ? "/stages/" + stages.size() + "/instructions/0"
        : current == null ? "/globalArgs/" + globalArgs.size()
        : "/stages/" + current.index + "/instructions/" + current.instructions.size();
    List<String> exec = MAYBE_EXEC_FORM.contains(keyword) ? Words.execForm(raw.arguments()) : null;
    DockerInstruction ins = new DockerInstruction(keyword, raw.flags(), raw.arguments(), exec, raw.heredocs(),
        new Source(file, raw.line(), pointer), raw.lines());
    if (keyword.equals("FROM")) {
      from(ins);
      return;
    }
    if (current == null) {
      if (keyword.equals("ARG")) {
        args(ins, global, null);
        globalArgs.add(ins);
      } else {
        error(raw.line(), keyword + " before the first FROM belongs to no build stage: only ARG may come before "
            + "FROM; it is skipped");
        beforeFrom.add(errors.get(errors.size() - 1));
      }
      return;
    }
    current.instructions.add(ins);
    switch (keyword) {
      case "ARG" -> args(ins, current.scope, global);
      case "ENV" -> env(ins, current.scope);
      case "USER" -> user(ins, current);
      case "RUN" -> {
        if (raw.arguments().isBlank() && raw.heredocs().isEmpty()) {
          error(raw.line(), "RUN needs a command");
        }
      }
      default -> {
        // other instructions do not change what Moat judges
      }
    }
  }

  private void from(DockerInstruction ins) {
    List<String> words = Words.splitRaw(ins.arguments(), escape);
    int index = stages.size();
    String name = null;
    if (words.isEmpty()) {
      error(ins.source().line(), "FROM needs a base image: FROM [--platform=...] image[:tag|@digest] [AS name]");
    } else if (words.size() == 3 && words.get(1).equalsIgnoreCase("AS")) {
      name = words.get(2).toLowerCase(Locale.ROOT);
      if (!STAGE_NAME.matcher(name).matches()) {
        error(ins.source().line(), "invalid build stage name '" + words.get(2) + "': it must start with a letter and "
            + "contain only letters, digits, -, _ and .");
      }
      for (StageBuilder s : stages) {
        if (name.equals(s.name)) {
          error(ins.source().line(), "duplicate build stage name '" + name + "' (first at line "
              + s.instructions.get(0).source().line() + ")");
        }
      }
    } else if (words.size() != 1) {
      error(ins.source().line(), "FROM takes one image and optionally AS name: FROM [--platform=...] "
          + "image[:tag|@digest] [AS name], found '" + ins.arguments() + "'");
    }
    Setting<String> base = Setting.unset(ins.source());
    int baseStage = -1;
    if (!words.isEmpty()) {
      Expander.Expanded e = expand(words.get(0), global, ins);
      if (e != null && e.known()) {
        base = Setting.explicit(e.value(), ins.source());
        for (StageBuilder s : stages) {
          if (e.value().equalsIgnoreCase(s.name == null ? "" : s.name)) {
            baseStage = s.index;
          }
        }
      }
    }
    boolean imageMayDefine;
    Scope scope;
    if (baseStage >= 0) {
      StageBuilder parent = stages.get(baseStage);
      imageMayDefine = parent.scope.imageMayDefine();
      scope = parent.scope.child(imageMayDefine);
    } else {
      imageMayDefine = !(base.isKnown() && base.value().equalsIgnoreCase("scratch"));
      scope = new Scope(imageMayDefine, global);
    }
    StageBuilder stage = new StageBuilder(index, name, base, baseStage, scope);
    stage.instructions.add(ins);
    stages.add(stage);
  }

  /** ARG name[=default] ...; {@code global} gives redeclared global arguments their value. */
  private void args(DockerInstruction ins, Scope scope, Scope globalScope) {
    List<String> words = Words.splitRaw(ins.arguments(), escape);
    if (words.isEmpty()) {
      error(ins.source().line(), "ARG needs a name: ARG name[=default]");
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      String name = eq < 0 ? w : w.substring(0, eq);
      if (name.isEmpty()) {
        error(ins.source().line(), "ARG needs a name before '=': ARG name[=default], found '" + w + "'");
        continue;
      }
      if (eq >= 0) {
        Expander.Expanded e = expand(w.substring(eq + 1), scope, ins);
        scope.arg(name, e != null && e.known() ? e.value() : null);
      } else if (globalScope != null && globalScope.hasArg(name)) {
        scope.arg(name, globalScope.argValue(name));
      } else if (!scope.hasArg(name)) {
        scope.arg(name, null); // a build argument without a default: the build decides
      }
    }
  }

  /** ENV name=value ... or the legacy ENV name value; values see the scope before the instruction. */
  private void env(DockerInstruction ins, Scope scope) {
    List<String> words = Words.splitRaw(ins.arguments(), escape);
    if (words.isEmpty()) {
      error(ins.source().line(), "ENV needs a name and a value: ENV name=value ...");
      return;
    }
    List<String[]> pairs = new ArrayList<>();
    if (words.get(0).indexOf('=') < 0) {
      String rest = LineScanner.stripLeading(ins.arguments().strip().substring(words.get(0).length()));
      if (rest.isEmpty()) {
        error(ins.source().line(), "ENV " + words.get(0) + " needs a value: ENV name=value");
        return;
      }
      pairs.add(new String[] {words.get(0), rest});
    } else {
      for (String w : words) {
        int eq = w.indexOf('=');
        if (eq <= 0) {
          error(ins.source().line(), "ENV expects name=value, found '" + w + "'");
          return;
        }
        pairs.add(new String[] {w.substring(0, eq), w.substring(eq + 1)});
      }
    }
    List<String[]> values = new ArrayList<>();
    for (String[] p : pairs) {
      Expander.Expanded e = expand(p[1], scope, ins);
      values.add(new String[] {p[0], e != null && e.known() ? e.value() : null});
    }
    for (String[] v : values) {
      scope.env(v[0], v[1]);
    }
  }

  private void user(DockerInstruction ins, StageBuilder stage) {
    String arg = ins.arguments().strip();
    if (arg.isEmpty()) {
      error(ins.source().line(), "USER needs a user: USER name|uid[:group|gid]");
      return;
    }
    if (Words.splitRaw(arg, escape).size() > 1) {
      error(ins.source().line(), "USER takes one user[:group], found '" + arg + "'; it is ignored");
      return;
    }
    Expander.Expanded e = expand(arg, stage.scope, ins);
    stage.user = ins;
    // An empty user (USER $UID with UID empty) leaves the image's user empty: the process runs as root.
    stage.userValue = e != null && e.known() ? e.value().strip() : null;
  }

  /** The substituted word, or null (with an error) when the substitution is malformed. */
  private Expander.Expanded expand(String word, Scope scope, DockerInstruction ins) {
    try {
      return expander.expand(word, scope);
    } catch (IllegalArgumentException e) {
      error(ins.source().line(), ins.keyword() + ": " + e.getMessage());
      return null;
    }
  }

  private Dockerfile build(int firstLine) {
    List<DockerfileStage> built = new ArrayList<>();
    for (StageBuilder s : stages) {
      built.add(new DockerfileStage(s.index, s.name, s.base, s.baseStage, s.instructions));
    }
    StageBuilder last = stages.get(stages.size() - 1);
    StageBuilder s = last;
    while (s.user == null && s.baseStage >= 0) {
      s = stages.get(s.baseStage);
    }
    Setting<String> user;
    DockerInstruction userInstruction = s.user;
    if (userInstruction == null) {
      user = Setting.unset(last.instructions.get(0).source());
    } else if (s.userValue == null) {
      user = Setting.unset(userInstruction.source());
    } else {
      user = Setting.of(s.userValue, s == last ? Origin.EXPLICIT : Origin.INHERITED, userInstruction.source());
    }
    return new Dockerfile(new ObjectRef(null, "Dockerfile", file, null), new Source(file, firstLine, ""),
        globalArgs, built, user, userInstruction);
  }

  private void error(int line, String message) {
    errors.add(new InputError(new Source(file, line, ""), message));
  }
}
