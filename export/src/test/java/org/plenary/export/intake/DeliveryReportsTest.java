package org.plenary.export.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every delivery report and automatic reply of {@link DeliveryReports} ends on the review list and
 * none as a request, whether a server of the Secretariat's sends it or one of a delegation's domain
 * (a known sender), and though each returns a copy of a request to speak.
 */
class DeliveryReportsTest {

  /** A domain of the directory: {@code @mfa.kenya.example} is Kenya's. */
  private static final String KNOWN = "mfa.kenya.example";
  private static final String SECRETARIAT = "secretariat.example";

  @TempDir
  Path dir;

  static Stream<DeliveryReports.Report> bounces() {
    return DeliveryReports.bounces().stream();
  }

  static Stream<DeliveryReports.Report> replies() {
    return DeliveryReports.replies().stream();
  }

  private IntakeEntry read(DeliveryReports.Report r, String domain) throws IOException {
    Path f = Files.write(dir.resolve("report.eml"), r.bytes(domain));
    IntakeResult result = MailIntake.of(Intakes.plenary(), Intakes.directory(), Intakes.settings("segment.default = floor"))
        .read(f);
    assertThat(result.requests()).as(r.what()).isEmpty();
    return result.entries().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bounces")
  void aDeliveryReportIsABounce(DeliveryReports.Report r) throws IOException {
    for (String domain : List.of(KNOWN, SECRETARIAT)) {
      IntakeEntry e = read(r, domain);
      assertThat(e.outcome()).as("%s from %s", r, domain).isEqualTo(Outcome.REVIEW);
      assertThat(e.reason()).as("%s from %s", r, domain).contains(Reason.BOUNCE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("replies")
  void anAutomaticReplyOrAListMessageGoesToReview(DeliveryReports.Report r) throws IOException {
    IntakeEntry e = read(r, KNOWN);
    assertThat(e.outcome()).as(r.what()).isEqualTo(Outcome.REVIEW);
    assertThat(e.reason()).as(r.what()).get().isIn(Reason.AUTO_REPLY, Reason.LIST);
    assertThat(e.delegation()).as("the sender is known").isPresent();
  }

  @Test
  void theWholeCorpusInOneMailboxEndsOnReview() throws IOException {
    List<DeliveryReports.Report> all = new ArrayList<>(DeliveryReports.bounces());
    all.addAll(DeliveryReports.replies());
    StringBuilder mbox = new StringBuilder();
    for (DeliveryReports.Report r : all) {
      mbox.append("From MAILER-DAEMON Mon Nov 25 09:15:07 2019\n");
      for (String line : new String(r.bytes(KNOWN), java.nio.charset.StandardCharsets.UTF_8).split("\r\n", -1)) {
        mbox.append(line.startsWith("From ") ? ">" : "").append(line).append('\n');
      }
    }
    Path f = Files.writeString(dir.resolve("reports.mbox"), mbox);
    IntakeResult r = MailIntake.of(Intakes.plenary(), Intakes.directory(), Intakes.settings("segment.default = floor"))
        .read(f);
    assertThat(r.entries()).hasSize(all.size());
    assertThat(r.requests()).isEmpty();
    Set<Reason> machine = EnumSet.of(Reason.BOUNCE, Reason.AUTO_REPLY, Reason.LIST);
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.reason()).as(e.source()).isPresent()
        .get().matches(machine::contains));
    assertThat(r.count(Outcome.REVIEW)).isEqualTo(all.size());
    assertThat(all.size()).isGreaterThanOrEqualTo(50);
  }
}
