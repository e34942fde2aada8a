package org.plenary.export.intake;

import com.google.common.io.ByteSource;
import com.google.common.io.ByteStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The charset a CSV file is read in, as a spreadsheet saves it: the one its byte order mark names
 * (UTF-8, or UTF-16 as Excel's "Unicode text"), else UTF-8 if every byte is valid UTF-8, else the
 * fallback (windows-1252, Excel's "CSV" under Western European Windows).
 *
 * @param charset the charset the text is read in
 * @param skip the bytes of the byte order mark, skipped
 * @param notUtf8At where the first byte that is not UTF-8 is, when the fallback was taken
 */
record TextDecoding(Charset charset, int skip, OptionalLong notUtf8At) {

  private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** How {@code bytes} are read, looking at them once or twice. */
  static TextDecoding of(ByteSource bytes, Charset fallback) throws IOException {
    byte[] head;
    try (InputStream in = bytes.openStream()) {
      head = ByteStreams.toByteArray(ByteStreams.limit(in, 3));
    }
    if (startsWith(head, UTF_8_BOM)) {
      return new TextDecoding(StandardCharsets.UTF_8, 3, OptionalLong.empty());
    }
    if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      return new TextDecoding(StandardCharsets.UTF_16LE, 2, OptionalLong.empty());
    }
    if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      return new TextDecoding(StandardCharsets.UTF_16BE, 2, OptionalLong.empty());
    }
    OptionalLong bad;
    try (InputStream in = bytes.openStream()) {
      bad = firstNotUtf8(in);
    }
    return bad.isEmpty() ? new TextDecoding(StandardCharsets.UTF_8, 0, bad) : new TextDecoding(fallback, 0, bad);
  }

  /** Whether the fallback was taken because the file is not UTF-8. */
  boolean fellBack() {
    return notUtf8At.isPresent();
  }

  /** A reader of the text of {@code in}, which reports (never replaces) bytes not in the charset. */
  Reader reader(InputStream in) throws IOException {
    ByteStreams.skipFully(in, skip);
    return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    return head.length >= prefix.length && java.util.Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** The offset of the first byte of {@code in} that is not valid UTF-8, streaming in bounded memory. */
  static OptionalLong firstNotUtf8(InputStream in) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    long dropped = 0;
    while (true) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      boolean end = n < 0;
      if (!end) {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      CoderResult r;
      do {
        chars.clear();
        r = decoder.decode(bytes, chars, end);
      } while (r.isOverflow());
      if (r.isError()) {
        return OptionalLong.of(dropped + bytes.position());
      }
      if (end) {
        return OptionalLong.empty();
      }
      dropped += bytes.position();
      bytes.compact();
    }
  }
}
