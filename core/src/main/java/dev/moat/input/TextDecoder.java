package dev.moat.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input into text, refusing what is not text: binary files (NUL bytes) and
 * invalid UTF-8 get one clear error instead of a parser's confusion. UTF-16 with a byte order mark
 * is accepted, as YAML allows it.
 */
final class TextDecoder {

  private TextDecoder() {}

  /** The decoded text; throws IllegalArgumentException with a one-line reason. */
  static String decode(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    int scan = Math.min(bytes.length, 8192);
    for (int i = offset; i < scan; i++) {
      if (bytes[i] == 0) {
        throw new IllegalArgumentException("not a text file (contains NUL bytes)");
      }
    }
    if (isAscii(bytes, offset)) {
      // Most manifests are plain ASCII: decode without the validating decoder's extra copy.
      return new String(bytes, offset, bytes.length - offset, StandardCharsets.US_ASCII);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not valid UTF-8 text", e);
    }
  }

  private static boolean isAscii(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
