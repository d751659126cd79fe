package dev.moat.input;

/** Reads a format that is plain text with its own grammar (command lines, Dockerfiles). */
public interface TextFormatReader {

  void read(InputFile file, String text, ReadContext context, ReadResult out);
}
