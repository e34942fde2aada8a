package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.field.address.ParseException;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.plan.Plan;

/**
 * The replies the Secretariat sends the delegations after an intake, one per message a person wrote:
 * what became of it, in the language the delegation wrote in. Written as {@code .eml} files that the
 * Secretariat opens and sends from its own mail client; the library never sends anything.
 *
 * <pre>{@code
 * IntakeResult r = MailIntake.of(plenary, directory, settings).read(Path.of("inbox.mbox"));
 * Plan plan = Planner.of(rules).plan(plenary, r.requests());
 * Acknowledgements.of(plenary, Clock.systemUTC()).withPlan(plan).write(r, Path.of("out"));
 * // out/outbox/0001-ken.eml, out/outbox/0002-nld.eml, ...
 * }</pre>
 *
 * <p>Every request, cancellation and replacement is answered, and every review entry from a readable
 * sender; never a delivery report, an automatic reply, a message that says a machine or a list sent
 * it (RFC 3834), nor an unreadable message from a stranger, so that no two machines answer each
 * other. A reply is from the plenary's registration address, to the sender, {@code In-Reply-To} the
 * message answered and {@code References} its thread, marked {@code Auto-Submitted: auto-replied},
 * dated by the clock given and with a {@code Message-ID} that is the same at every run. It says when
 * the message was received, in the venue's time; then, for a request, its place on the plan and the
 * time expected, or its place on the waiting list and why, or else that the list will be published;
 * for a review entry, what the delegation should do. It is in the language the message is written in
 * when the intake could tell, else in the one the directory's {@code language} column gives the
 * delegation ({@link #withDirectory}), else English, and says so in {@code Content-Language}.
 * Immutable and thread-safe.
 */
public final class Acknowledgements {

  private final Plenary plenary;
  private final Clock clock;
  private final Mailbox secretariat;
  private final Optional<Plan> plan;
  private final Optional<Directory> directory;

  private Acknowledgements(Plenary plenary, Clock clock, Mailbox secretariat, Optional<Plan> plan,
      Optional<Directory> directory) {
    this.plenary = plenary;
    this.clock = clock;
    this.secretariat = secretariat;
    this.plan = plan;
    this.directory = directory;
  }

  /**
   * The acknowledgements of {@code plenary}'s intake, sent from its registration address and dated by
   * {@code clock}.
   *
   * @throws IllegalArgumentException if the plenary has no registration address, or one that is not
   *     an e-mail address
   */
  public static Acknowledgements of(Plenary plenary, Clock clock) {
    requireNonNull(plenary, "plenary");
    requireNonNull(clock, "clock");
    String address = plenary.registration().map(Registration::address).orElseThrow(() ->
        new IllegalArgumentException("plenary '" + plenary.code() + "' has no registration address to send "
            + "acknowledgements from"));
    Mailbox from = mailbox(address).orElseThrow(() -> new IllegalArgumentException("registration address '"
        + address + "' of plenary '" + plenary.code() + "' is not an e-mail address to send acknowledgements from"));
    return new Acknowledgements(plenary, clock, from, Optional.empty(), Optional.empty());
  }

  /** These acknowledgements with each request's place and expected time on {@code plan}. */
  public Acknowledgements withPlan(Plan plan) {
    return new Acknowledgements(plenary, clock, secretariat, Optional.of(requireNonNull(plan, "plan")), directory);
  }

  /**
   * These acknowledgements in the language {@code directory}'s {@code language} column gives a
   * delegation, when its message does not tell the language it is written in.
   */
  public Acknowledgements withDirectory(Directory directory) {
    return new Acknowledgements(plenary, clock, secretariat, plan,
        Optional.of(requireNonNull(directory, "directory")));
  }

  /**
   * Whether {@code entry} gets an acknowledgement: it has a sender one can write to, and is neither a
   * delivery report nor an automatic reply nor a message from a machine or a list, nor an unreadable
   * message from a sender the directory does not know. A machine is also told by its address, as RFC
   * 3834 advises: {@code owner-...}, {@code ...-request}, {@code no-reply} and its kin, and the
   * Secretariat's own address, so that it never answers itself.
   */
  public boolean answerable(IntakeEntry entry) {
    requireNonNull(entry, "entry");
    Optional<Reason> reason = entry.reason();
    boolean machine = entry.automatic() || reason.filter(r -> r == Reason.BOUNCE || r == Reason.AUTO_REPLY
        || r == Reason.NO_SENDER).isPresent();
    boolean stranger = reason.filter(r -> r == Reason.UNREADABLE).isPresent() && entry.delegation().isEmpty();
    Optional<Mailbox> to = entry.sender().flatMap(Acknowledgements::mailbox);
    return !machine && !stranger && to.isPresent() && !machine(to.get());
  }

  /** Whether {@code m} is the address of a machine, a list or the Secretariat itself. */
  private boolean machine(Mailbox m) {
    String local = m.getLocalPart().toLowerCase(Locale.ROOT);
    return local.startsWith("owner-") || local.endsWith("-request") || local.endsWith("-owner")
        || local.equals("mailer-daemon") || local.equals("postmaster") || local.replaceAll("[-_.]", "").matches(
            "(no|do(not)?)reply|noreplies|bounces?") || m.getAddress().equalsIgnoreCase(secretariat.getAddress());
  }

  /** The acknowledgements of {@code result}, in order of receipt (undated messages last). */
  public List<Acknowledgement> compose(IntakeResult result) {
    requireNonNull(result, "result");
    ReplyText text = new ReplyText(plenary, plan, result);
    List<IntakeEntry> answered = ReceiptOrder.of(result.entries()).stream().filter(this::answerable)
        .toList();
    int width = Math.max(4, Integer.toString(answered.size()).length());
    List<Acknowledgement> out = new ArrayList<>();
    for (int i = 0; i < answered.size(); i++) {
      IntakeEntry e = answered.get(i);
      Locale language = language(e);
      Mailbox sender = mailbox(e.sender().orElseThrow()).orElseThrow();
      Mailbox to = new Mailbox(e.senderName().map(n -> ReplyText.plain(n, 200)).filter(n -> !n.isEmpty())
          .orElse(null), sender.getLocalPart(), sender.getDomain());
      Mailbox from = new Mailbox(text.fromName(language), secretariat.getLocalPart(), secretariat.getDomain());
      Optional<String> inReplyTo = e.messageId().filter(id -> MessageReader.messageIds(id).equals(List.of(id)));
      String id = messageId(e);
      byte[] bytes = ReplyMessage.write(new ReplyMessage.Parts(from, to, text.subject(e, language), clock.instant(),
          plenary.venue().zone(), id, inReplyTo, references(e, inReplyTo), language, text.body(e, language)));
      String file = String.format(Locale.ROOT, "%0" + width + "d-%s.eml", i + 1,
          e.delegation().map(d -> d.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")).orElse("unknown"));
      out.add(new Acknowledgement(file, e, sender.getAddress(), language, id, bytes));
    }
    return List.copyOf(out);
  }

  /**
   * Writes the acknowledgements of {@code result} to {@code folder/outbox/}, one {@code .eml} file each,
   * creating the folder and first removing the {@code .eml} files an earlier run left there.
   *
   * @return what was written, in order of receipt
   */
  public List<Acknowledgement> write(IntakeResult result, Path folder) throws IOException {
    requireNonNull(folder, "folder");
    List<Acknowledgement> all = compose(result);
    Path outbox = Files.createDirectories(folder.resolve("outbox"));
    try (DirectoryStream<Path> old = Files.newDirectoryStream(outbox, "*.eml")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    for (Acknowledgement a : all) {
      Files.write(outbox.resolve(a.file()), a.bytes());
    }
    return all;
  }

  /**
   * The language of the reply: the one the message is written in, if the intake could tell, else the
   * one the directory gives the delegation, if the acknowledgements have words for it; else English.
   */
  private Locale language(IntakeEntry e) {
    Optional<Locale> listed = directory.flatMap(d -> e.delegation().flatMap(g -> d.language(g.id())));
    for (Optional<Locale> candidate : List.of(e.language(), listed)) {
      if (candidate.isPresent()) {
        Locale l = Locale.forLanguageTag(candidate.get().getLanguage());
        if (!l.getLanguage().isEmpty() && ReplyText.WORDS.missing(l).isEmpty()) {
          return l;
        }
      }
    }
    return Locale.ENGLISH;
  }

  /** The thread of the reply: the message's own {@code References}, then the message itself. */
  private static List<String> references(IntakeEntry e, Optional<String> inReplyTo) {
    List<String> refs = new ArrayList<>();
    for (String r : e.references()) {
      refs.addAll(MessageReader.messageIds(r));
    }
    inReplyTo.ifPresent(refs::add);
    // RFC 5322 3.6.4 lets a long thread be trimmed: its first message and the latest ones stay.
    if (refs.size() > 20) {
      List<String> kept = new ArrayList<>(refs.subList(refs.size() - 19, refs.size()));
      kept.add(0, refs.get(0));
      return kept;
    }
    return refs;
  }

  /** A {@code Message-ID} drawn from the plenary and the message answered, so the same at every run. */
  private String messageId(IntakeEntry e) {
    String key = plenary.code() + "\n" + e.messageId().orElse(e.source());
    return "<ack." + Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 32) + "@"
        + secretariat.getDomain() + ">";
  }

  /** {@code address} as a mailbox, if it is a plain ASCII e-mail address. */
  private static Optional<Mailbox> mailbox(String address) {
    if (!address.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      return Optional.empty();
    }
    try {
      Mailbox m = DefaultAddressParser.DEFAULT.parseMailbox(address);
      return m.getDomain() == null || m.getDomain().isEmpty() ? Optional.empty() : Optional.of(m);
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "Acknowledgements[" + plenary.code() + " from " + secretariat.getAddress()
        + plan.map(p -> ", with a plan").orElse("") + directory.map(d -> ", with a directory").orElse("") + "]";
  }
}
