package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.james.mime4j.mboxiterator.CharBufferWrapper;
import org.apache.james.mime4j.mboxiterator.FromLinePatterns;
import org.apache.james.mime4j.mboxiterator.MboxIterator;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.text.LocalizedText;

/**
 * Reads the Secretariat's mailbox, exported as an mbox file, a folder of {@code .eml} files or
 * one {@code .eml} file, into requests to speak and a review list.
 *
 * <pre>{@code
 * IntakeResult r = MailIntake.of(plenary, Directory.read(Path.of("directory.csv")), IntakeSettings.defaults())
 *     .read(Path.of("requests.mbox"));
 * Planner.of(rules).plan(plenary, r.requests());
 * }</pre>
 *
 * <p>Each message is received when the topmost {@code Received:} header says, or else when its
 * {@code Date:} says, with a note; never when the machine reads it. Messages are parsed by Apache
 * James mime4j within the settings' {@linkplain IntakeSettings.Limits limits}; a message that breaks
 * them goes to review, and the read goes on. Thread-safe: each read keeps its own state.
 */
public final class MailIntake {

  private final Triage triage;
  private final IntakeSettings settings;
  private final MessageReader reader;

  private MailIntake(Plenary plenary, Directory directory, IntakeSettings settings) {
    this.triage = new Triage(requireNonNull(plenary, "plenary"), requireNonNull(directory, "directory"),
        requireNonNull(settings, "settings"));
    this.settings = settings;
    this.reader = new MessageReader(settings.limits());
  }

  /** An intake for {@code plenary}'s segments, matching senders through {@code directory}. */
  public static MailIntake of(Plenary plenary, Directory directory, IntakeSettings settings) {
    return new MailIntake(plenary, directory, settings);
  }

  /**
   * Reads {@code mailbox}: a folder of {@code .eml} files (in the order of their names), an mbox
   * file (a file that begins with {@code "From "}), or a single message (a file that begins with a
   * header). An empty file holds no message. In a folder, a file that is empty or no message is an
   * entry to review, as unreadable.
   *
   * @throws IntakeException if {@code mailbox} does not exist, cannot be listed, or is a file that is
   *     neither an mbox nor a message (a spreadsheet, an Outlook {@code .msg} file)
   */
  public IntakeResult read(Path mailbox) {
    Batch b = new Batch();
    readInto(b, mailbox);
    return b.close(settings);
  }

  void readInto(Batch b, Path mailbox) {
    requireNonNull(mailbox, "mailbox");
    if (Files.isDirectory(mailbox)) {
      readFolder(b, mailbox);
      return;
    } else if (!Files.isRegularFile(mailbox)) {
      throw new IntakeException("mailbox '" + mailbox + "' is neither a file nor a folder");
    }
    switch (Kind.of(mailbox)) {
      case EMPTY -> { }
      case MBOX -> readMbox(b, mailbox);
      case MESSAGE -> readMessages(b, List.of(mailbox));
      case ZIP -> throw notMail(mailbox, ": it is a zip archive, such as an .xlsx workbook or a .zip of messages");
      case OUTLOOK -> throw notMail(mailbox, ": it is an Outlook .msg or .pst file; save the messages as .eml");
      default -> throw notMail(mailbox, "");
    }
  }

  private static IntakeException notMail(Path file, String what) {
    return new IntakeException("mailbox '" + file + "' is not mail" + what + ": an mbox begins with \"From \", a "
        + "message with a header such as \"From:\" or \"Received:\"");
  }

  /**
   * What a file is, from its first bytes: empty (or blank), an mbox (it begins with {@code "From "}),
   * a message (its first line is a header: a name of printable characters, then a colon), a zip
   * archive, an Outlook compound file, or something else.
   */
  enum Kind {
    EMPTY, MBOX, MESSAGE, ZIP, OUTLOOK, OTHER;

    static Kind of(Path file) {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(1024);
      } catch (IOException e) {
        throw new IntakeException("cannot read mailbox '" + file + "': " + Failures.io(e), e);
      }
      return of(head);
    }

    static Kind of(byte[] head) {
      int i = 0;
      if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
        i = 3;
      }
      while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
        i++;
      }
      if (i == head.length) {
        return EMPTY;
      }
      if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return ZIP;
      }
      if (head.length >= 4 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && head[2] == 0x11
          && (head[3] & 0xff) == 0xe0) {
        return OUTLOOK;
      }
      String start = new String(head, i, Math.min(5, head.length - i), StandardCharsets.ISO_8859_1);
      if (start.equals("From ")) {
        return MBOX;
      }
      // RFC 5322, 2.2: a field name is printable US-ASCII other than the colon, then the colon.
      int k = i;
      while (k < head.length && head[k] > 32 && head[k] < 127 && head[k] != ':') {
        k++;
      }
      return k > i && k < head.length && head[k] == ':' ? MESSAGE : OTHER;
    }
  }

  private void readFolder(Batch b, Path folder) {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml"))
          .sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      throw new IntakeException("cannot list the folder '" + folder + "': " + Failures.io(e), e);
    }
    readMessages(b, files);
  }

  private void readMessages(Batch b, List<Path> files) {
    for (Path f : files) {
      String source = f.getFileName().toString();
      try (InputStream in = new BufferedInputStream(Files.newInputStream(f))) {
        in.mark(1024);
        Kind kind = Kind.of(in.readNBytes(1024));
        in.reset();
        if (kind == Kind.EMPTY) {
          b.add(unreadable(source, Wording.BUNDLE.text("failure.empty")), triage);
        } else if (kind != Kind.MESSAGE && kind != Kind.MBOX) {
          b.add(unreadable(source, Wording.BUNDLE.text("failure.not-message")), triage);
        } else {
          if (kind == Kind.MBOX) {
            // A message saved with its mbox separator line: the line is no header.
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
              // skip to the end of the line
            }
          }
          b.add(reader.read(in, source), triage);
        }
      } catch (IOException e) {
        b.add(unreadable(source, Failures.of(e, settings.limits())), triage);
      }
    }
  }

  /**
   * Reads an mbox with mime4j's iterator. Its buffer is as large as the file, up to the limit of
   * one message; a message longer than the buffer ends the iteration, so the read says that it
   * stopped there rather than losing the rest in silence.
   */
  private void readMbox(Batch b, Path mbox) {
    String name = mbox.getFileName().toString();
    int n = 0;
    try {
      long size = Files.size(mbox);
      int buffer = (int) Math.min(size + 1024, settings.limits().messageBytes());
      // Separator lines as mail servers write them, "From MAILER-DAEMON ..." included: the default
      // pattern wants an '@' and would fold a bounce into the message before it.
      try (MboxIterator it = MboxIterator.fromFile(mbox).charset(StandardCharsets.ISO_8859_1)
          .fromLine(FromLinePatterns.DEFAULT2).maxMessageSize(buffer).build()) {
        for (CharBufferWrapper message : it) {
          n++;
          String source = name + ", message " + n;
          Letter l;
          long length;
          try (CountingInputStream in = new CountingInputStream(message.asInputStream(StandardCharsets.ISO_8859_1))) {
            l = reader.read(in, source);
            ByteStreams.exhaust(in);
            length = in.getCount();
          }
          b.add(l, triage);
          if (buffer < size && length + 1024 >= buffer) {
            b.problem(Wording.BUNDLE.text("problem.mbox-limit", name, n, settings.limits().messageBytes()));
            break;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      b.problem(Wording.BUNDLE.text("problem.mbox", name, n, Failures.of(e, settings.limits())));
    }
  }

  private static Letter unreadable(String source, LocalizedText why) {
    return new Letter(source, java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), Letter.Signs.NONE, false, "", List.of(),
        java.util.Optional.of(why), List.of());
  }

  @Override
  public String toString() {
    return "MailIntake[" + settings + "]";
  }
}
