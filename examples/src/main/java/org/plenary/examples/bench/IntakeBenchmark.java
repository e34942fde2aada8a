package org.plenary.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.mboxiterator.CharBufferWrapper;
import org.apache.james.mime4j.mboxiterator.FromLinePatterns;
import org.apache.james.mime4j.mboxiterator.MboxIterator;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.examples.asp18.Asp18;
import org.plenary.examples.asp18.MailText;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import org.plenary.export.intake.MailIntake;

/**
 * The intake of an mbox of 1 000 and of 10 000 messages, the real code path from the file to the
 * list: mime4j's iterator and parser, triage (the words of the six languages), the ledger; against
 * the baseline of reading the same mbox with mime4j alone. The messages mix English and French
 * templates with requests, questions and thanks in prose in the six languages (one in three), UTF-8
 * and ISO-8859-1, quoted-printable, base64 and 8-bit, HTML, cancellations, replacements, strangers and
 * automatic replies, and one in fifty carries a 48 KiB attachment.
 * A read of 10 000 takes several seconds of the JIT's work before it settles, hence the long warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 15, time = 3)
@Measurement(iterations = 5, time = 3)
public class IntakeBenchmark {

  /** Delegations in the benchmark's directory. */
  static final int DELEGATIONS = 200;

  @Param({"1000", "10000"})
  public int n;

  private Path folder;
  private Path mbox;
  private MailIntake intake;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("intake-bench");
    mbox = folder.resolve("bench.mbox");
    Files.write(mbox, mailbox(n, 13));
    intake = intake();
  }

  /** An intake of the ASP18 plenary with the benchmark's directory. */
  static MailIntake intake() {
    StringBuilder csv = new StringBuilder("id,name_en,name_fr,constituency,addresses\n");
    for (int d = 0; d < DELEGATIONS; d++) {
      csv.append("D").append(d).append(",Delegation ").append(d).append(",Délégation ").append(d)
          .append(d % 5 == 0 ? ",civil-society," : ",state-party,").append("@d").append(d).append(".example\n");
    }
    Directory directory = Directory.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
        "bench-directory.csv", List.of());
    return MailIntake.of(Asp18.plenary(), directory, IntakeSettings.defaults());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(mbox);
    Files.deleteIfExists(folder);
  }

  /**
   * The baseline: the same mbox read with mime4j alone, as the intake reads it (its iterator, then its
   * streaming parser with the intake's limits, bodies decoded and drained), with no triage and no list.
   */
  @Benchmark
  public long mime4jAlone() throws IOException, org.apache.james.mime4j.MimeException {
    MimeConfig config = new MimeConfig.Builder().setMaxLineLen(64 << 10).setMaxHeaderCount(200)
        .setMaxHeaderLen(64 << 10).setMaxContentLen(16 << 20).setStrictParsing(false)
        .setMalformedHeaderStartsBody(true).build();
    long bytes = 0;
    int messages = 0;
    try (MboxIterator it = MboxIterator.fromFile(mbox).charset(StandardCharsets.ISO_8859_1)
        .fromLine(FromLinePatterns.DEFAULT2).maxMessageSize((int) Math.min(Files.size(mbox) + 1024, 16 << 20))
        .build()) {
      for (CharBufferWrapper m : it) {
        Drain drain = new Drain();
        MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder());
        parser.setContentDecoding(true);
        parser.setContentHandler(drain);
        parser.parse(m.asInputStream(StandardCharsets.ISO_8859_1));
        bytes += drain.bytes;
        messages++;
      }
    }
    if (messages != n) {
      throw new IllegalStateException("read " + messages + " of " + n + " messages");
    }
    return bytes;
  }

  /** Reads every header's value and every body's bytes, and keeps nothing. */
  private static final class Drain extends AbstractContentHandler {
    long bytes;

    @Override
    public void field(Field field) {
      bytes += field.getBody().length();
    }

    @Override
    public void body(BodyDescriptor bd, java.io.InputStream is) throws IOException {
      bytes += is.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  @Benchmark
  public IntakeResult readMbox() {
    IntakeResult r = intake.read(mbox);
    if (r.entries().size() != n) {
      throw new IllegalStateException("read " + r.entries().size() + " of " + n + " messages");
    }
    return r;
  }

  /**
   * Reads the mbox given as the first argument and prints what it read: {@link Benchmarks} runs it
   * in a JVM with a small heap, to show that the intake's memory stays bounded.
   */
  public static void main(String[] args) {
    IntakeResult r = intake().read(Path.of(args[0]));
    System.out.println(r.entries().size() + " " + r.complete());
  }

  /**
   * Writes a seeded mailbox of {@code n} messages, then one message with a base64 attachment of
   * {@code attachmentMiB}, streamed to the file.
   */
  static Path mailboxWithAttachment(Path file, int n, int attachmentMiB) throws IOException {
    Files.write(file, mailbox(n, 17));
    try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
      out.write(("From desk@d1.example Mon Dec  2 09:00:00 2019\nReceived: from a by b; Mon, 2 Dec 2019 09:00:00 +0100\n"
          + "From: desk@d1.example\nMessage-ID: <bench.large@d1.example>\nSubject: Request to speak\n"
          + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"q\"\n\n--q\nContent-Type: text/plain\n\n"
          + "Segment: floor\n--q\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n")
          .getBytes(StandardCharsets.US_ASCII));
      OutputStream base64 = java.util.Base64.getMimeEncoder(76, new byte[] {'\n'}).wrap(
          new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
              flush();
            }
          });
      byte[] chunk = new byte[1 << 20];
      for (int i = 0; i < attachmentMiB; i++) {
        base64.write(chunk);
      }
      base64.close();
      out.write("\n--q--\n\n".getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }

  /** Requests and other messages as delegations write them, with no template line, in the six languages. */
  private static final List<String> PROSE = List.of(
      "Dear colleagues,\n\nThe delegation would like to take the floor during the general discussion of the "
          + "plenary on cooperation. Our statement will be delivered by the Deputy Head of Mission.\n\nKind regards,",
      "Bonjour,\n\nLa délégation souhaiterait prendre la parole lors du débat de la plénière sur la coopération. "
          + "Pourriez-vous nous inscrire ? Merci d'avance.\n\nCordialement,",
      "Estimados colegas:\n\nLa Embajada tiene el honor de solicitar que se inscriba a su delegación en la lista de "
          + "oradores de la sesión plenaria sobre cooperación.\n\nAtentamente,",
      "Уважаемый Секретариат!\n\nДелегация хотела бы выступить в ходе общей дискуссии пленарного заседания по "
          + "сотрудничеству.\n\nС уважением,",
      "尊敬的秘书处：\n\n代表团希望在合作问题全体会议上发言，请将我们列入发言名单。谢谢！",
      "تود البعثة أخذ الكلمة خلال النقاش العام للجلسة العامة حول التعاون.\n\nمع خالص التحيات،",
      "Dear Secretariat,\n\nWhat is the dress code for the plenary on 5 December?\n\nKind regards,",
      "Thank you for inscribing our delegation on the list of speakers.\n\n-----Original Message-----\n"
          + "From: Secretariat\nSent: Monday\nTo: desk\nSubject: Request to speak\n\nSegment: floor");

  /** A seeded mailbox of {@code n} messages. */
  static byte[] mailbox(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DateTimeFormatter rfc = DateTimeFormatter.ofPattern("EEE, d MMM uuuu HH:mm:ss xx", Locale.ENGLISH);
    DateTimeFormatter sep = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.ENGLISH);
    Instant from = Instant.parse("2019-11-10T08:00:00Z");
    String attachment = java.util.Base64.getMimeEncoder().encodeToString(new byte[48 << 10]);
    ByteArrayOutputStream out = new ByteArrayOutputStream(n * 1600);
    try {
      for (int i = 0; i < n; i++) {
        int d = random.nextInt(DELEGATIONS);
        boolean french = random.nextInt(3) == 0;
        Instant at = from.plusSeconds(i * 120L + random.nextInt(100));
        int kind = random.nextInt(100);
        boolean prose = random.nextInt(3) == 0;
        String subject = kind < 4 ? "Cancel our request" : kind < 8 ? "Replacement of speaker"
            : kind < 10 ? "Out of office" : prose ? "Plenary on cooperation " + i
            : french ? "Demande d'inscription" : "Request to speak";
        String sender = kind >= 10 && kind < 13 ? "someone" + i + "@elsewhere.example" : "desk@d" + d + ".example";
        String headers = "Received: from mail.d" + d + ".example by mx.secretariat.example; "
            + rfc.format(at.atOffset(ZoneOffset.ofHours(1))) + "\nFrom: Delegation " + d + " <" + sender + ">\n"
            + "To: list@secretariat.example\nSubject: " + subject + "\nDate: "
            + rfc.format(at.minusSeconds(90).atOffset(ZoneOffset.ofHours(random.nextInt(-10, 13)))) + "\n"
            + "Message-ID: <bench." + i + "@d" + d + ".example>\n";
        String body = (french ? "Madame, Monsieur,\n\nOrateur : Mme Élise Exemple " + i
            + "\nFonction : Représentante permanente adjointe\nSegment : floor\n\nVeuillez agréer...\n"
            : "Dear Secretariat,\n\nSpeaker: Ms Jane Example " + i + "\nFunction: Deputy Permanent Representative\n"
            + "Segment: floor\n\nWith thanks,\n");
        if (prose) {
          body = PROSE.get(random.nextInt(PROSE.size())) + "\n";
        }
        Charset cs = french && !prose && random.nextBoolean() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        String transfer = List.of("quoted-printable", "base64", "8bit").get(random.nextInt(3));
        boolean html = random.nextInt(10) == 0;
        if (html) {
          body = "<html><body><p>" + body.replace("\n", "<br>\n") + "</p></body></html>";
        }
        if (random.nextInt(50) == 0) {
          headers += "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b" + i + "\"\n";
          writeMultipart(out, sender + " " + sep.format(at.atOffset(ZoneOffset.UTC)), headers, body, i, attachment);
        } else {
          MailText.write(out, sender + " " + sep.format(at.atOffset(ZoneOffset.UTC)), headers,
              html ? "text/html" : "text/plain", body, cs, transfer);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeMultipart(OutputStream out, String separator, String headers, String body, int i,
      String attachment) throws IOException {
    String b = "b" + i;
    String text = "From " + separator + "\n" + headers + "\n--" + b + "\nContent-Type: text/plain; charset=UTF-8\n\n"
        + body + "\n--" + b + "\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
        + "Content-Disposition: attachment; filename=\"letter.pdf\"\n\n" + attachment + "\n--" + b + "--\n\n";
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
