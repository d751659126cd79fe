package dev.moat.input.dockerfile;

import dev.moat.model.DockerInstruction.Heredoc;
import dev.moat.model.DockerInstruction.LineStart;
import java.util.List;

/**
 * One instruction as the line scanner found it: continuation lines joined, heredoc bodies read,
 * nothing interpreted yet.
 *
 * @param keyword as written (any case)
 * @param flags leading --flags as written
 * @param arguments the rest after the flags
 * @param line the first line
 * @param lines where each physical line starts within {@code arguments}
 */
record RawInstruction(
    String keyword, List<String> flags, String arguments, int line, List<LineStart> lines, List<Heredoc> heredocs) {}
