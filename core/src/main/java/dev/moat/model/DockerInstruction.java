package dev.moat.model;

/**
 * One Dockerfile instruction after line continuations are joined.
 *
 * @param keyword upper case: FROM, USER, RUN, ...
 * @param arguments the rest of the instruction as written (heredoc bodies included)
 */
public record DockerInstruction(String keyword, String arguments, Source source) {}
