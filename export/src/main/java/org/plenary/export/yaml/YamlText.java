package org.plenary.export.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a plenary file, in the encodings YAML allows: UTF-8, with or without its byte order
 * mark, or UTF-16 with its mark. A byte that is not of the encoding is refused with its line and
 * column, never replaced.
 */
final class YamlText {

  private YamlText() {}

  /** The text of {@code bytes}, named {@code file} in errors. */
  static String decode(byte[] bytes, String file) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (starts(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (starts(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 16L));
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      int bad = bytes[in.position()] & 0xFF;
      throw new PlenaryFileException(file, line, column, "", null, String.format(Locale.ROOT,
          "not %s: byte 0x%02X at offset %d; a plenary file is UTF-8 text (save it as UTF-8)",
          charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name(), bad, in.position()));
    }
    out.flip();
    return out.toString();
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
