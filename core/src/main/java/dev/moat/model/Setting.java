package dev.moat.model;

import java.util.Objects;

/**
 * One configuration value that rules read: the value (null when it cannot be known), how it was
 * obtained, and where. This is what lets a rule tell "set to false" from "not set".
 */
public record Setting<T>(T value, Origin origin, Source source) {

  public Setting {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
    if (value == null && origin != Origin.UNSET) {
      throw new IllegalArgumentException("only an UNSET setting may lack a value");
    }
  }

  public static <T> Setting<T> explicit(T value, Source source) {
    return new Setting<>(Objects.requireNonNull(value, "value"), Origin.EXPLICIT, source);
  }

  public static <T> Setting<T> of(T value, Origin origin, Source source) {
    return new Setting<>(Objects.requireNonNull(value, "value"), origin, source);
  }

  /** The platform default, reported at the place where the setting would be written. */
  public static <T> Setting<T> defaulted(T value, Source where) {
    return new Setting<>(Objects.requireNonNull(value, "value"), Origin.DEFAULT, where);
  }

  /** Not written and not knowable from this input. */
  public static <T> Setting<T> unset(Source where) {
    return new Setting<>(null, Origin.UNSET, where);
  }

  /** The same value seen from a container that inherits it from the pod. */
  public Setting<T> inherited() {
    return origin == Origin.EXPLICIT ? new Setting<>(value, Origin.INHERITED, source) : this;
  }

  public boolean isKnown() {
    return value != null;
  }

  /** True when the user wrote it (on the container, at pod level or in an annotation). */
  public boolean isWritten() {
    return origin.isWritten();
  }

  /** True when written directly on this object, not inherited or taken from an annotation. */
  public boolean isExplicit() {
    return origin == Origin.EXPLICIT;
  }

  public boolean is(T expected) {
    return value != null && value.equals(expected);
  }

  public T orElse(T fallback) {
    return value != null ? value : fallback;
  }

  /** Convenience for boolean settings: known and true. */
  public static boolean isTrue(Setting<Boolean> s) {
    return Boolean.TRUE.equals(s.value());
  }

  /** Convenience for boolean settings: known and false. */
  public static boolean isFalse(Setting<Boolean> s) {
    return Boolean.FALSE.equals(s.value());
  }
}
