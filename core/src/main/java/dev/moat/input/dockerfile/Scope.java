package dev.moat.input.dockerfile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The variables a substitution can see: ENV over ARG, as Docker gives them precedence. A value of
 * null is unknown (a build argument without a default decides it). A name defined nowhere is empty,
 * except in a stage whose base is an image: that image's ENV may define it, so it is unknown. A
 * global ARG (declared before the first FROM) that the stage does not redeclare is empty in the
 * stage, as BuildKit leaves it: the author meant the ARG, and an image ENV of the same name would
 * not be what was meant either.
 */
final class Scope {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Map<String, String> args;
  private final Map<String, String> env;
  private final boolean imageMayDefine;
  private final Scope global;

  /** The global scope, before the first FROM. */
  Scope(boolean imageMayDefine) {
    this(new LinkedHashMap<>(), new LinkedHashMap<>(), imageMayDefine, null);
  }

  /** A stage's scope; {@code global} holds the ARGs declared before the first FROM. */
  Scope(boolean imageMayDefine, Scope global) {
    this(new LinkedHashMap<>(), new LinkedHashMap<>(), imageMayDefine, global);
  }

  private Scope(Map<String, String> args, Map<String, String> env, boolean imageMayDefine, Scope global) {
    this.args = args;
    this.env = env;
    this.imageMayDefine = imageMayDefine;
    this.global = global;
  }

  /** A new stage's scope: no build arguments, the ENV of the stage it builds on (if any). */
  Scope child(boolean imageMayDefineUndefined) {
    return new Scope(new LinkedHashMap<>(), new LinkedHashMap<>(env), imageMayDefineUndefined, global);
  }

  boolean imageMayDefine() {
    return imageMayDefine;
  }

  void arg(String name, String value) {
    args.put(name, value);
  }

  void env(String name, String value) {
    env.put(name, value);
  }

  boolean hasArg(String name) {
    return args.containsKey(name);
  }

  String argValue(String name) {
    return args.get(name);
  }

  /** What a reference to {@code name} gives. */
  Var lookup(String name) {
    if (env.containsKey(name)) {
      return new Var(true, env.get(name));
    }
    if (args.containsKey(name)) {
      return new Var(true, args.get(name));
    }
    if (global != null && global.hasArg(name)) {
      return new Var(true, ""); // declared before FROM and not redeclared: BuildKit leaves it empty
    }
    if (imageMayDefine && NAME.matcher(name).matches()) {
      return new Var(true, null);
    }
    return new Var(false, "");
  }

  /** @param value null when unknown */
  record Var(boolean defined, String value) {}
}
