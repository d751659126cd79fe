package dev.moat.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads input text within the size limit: refuses what is too large before reading it. */
final class TextFiles {

  private TextFiles() {}

  static String read(Path path, long maxBytes) throws IOException {
    if (!Files.isRegularFile(path)) {
      // A pipe or process substitution (<(helm template .)): its size is unknown, read within the limit.
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, maxBytes);
      }
    }
    long size = Files.size(path);
    if (size > maxBytes) {
      throw new IllegalArgumentException(tooLarge(size, maxBytes, false));
    }
    return TextDecoder.decode(Files.readAllBytes(path));
  }

  static String read(InputStream in, long maxBytes) throws IOException {
    byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (data.length > maxBytes) {
      throw new IllegalArgumentException(tooLarge(data.length, maxBytes, true));
    }
    return TextDecoder.decode(data);
  }

  private static String tooLarge(long size, long max, boolean atLeast) {
    return String.format(Locale.ROOT, "file is %s%.1f MB, larger than the %d MB limit (raise it with --max-file-size)",
        atLeast ? "over " : "", size / 1048576.0, max / 1048576);
  }
}
