package org.plenary.export.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Counts the lines of the text read through it, so that a position in that text (as Commons CSV
 * gives a record's) can be told as the line a text editor shows: a line ends at LF, CR LF or a lone
 * CR. Positions must be asked for in increasing order; it keeps only the line starts not yet passed.
 */
final class LineCounter extends FilterReader {

  private final ArrayDeque<Long> starts = new ArrayDeque<>();
  private long position;
  private long line = 1;
  private boolean carriageReturn;

  LineCounter(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + Math.max(n, 0); i++) {
      char c = buffer[i];
      if (carriageReturn && c != '\n') {
        starts.add(position); // a lone CR ended the line before this character
      }
      carriageReturn = c == '\r';
      position++;
      if (c == '\n') {
        starts.add(position);
      }
    }
    if (n < 0 && carriageReturn) {
      starts.add(position);
      carriageReturn = false;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    char[] buffer = new char[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  /** The line, from 1, of the character at {@code at} (counted from 0), which must not be before the last asked. */
  long lineAt(long at) {
    while (!starts.isEmpty() && starts.peekFirst() <= at) {
      starts.pollFirst();
      line++;
    }
    return line;
  }
}
