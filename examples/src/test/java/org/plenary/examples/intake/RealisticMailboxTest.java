package org.plenary.examples.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox as a Secretariat receives it, read with the README's command and no settings: requests in
 * the six languages with no template line, cancellations and replacements in their words, questions,
 * thanks, replies on other threads, automatic replies in the six languages, delivery reports, a
 * newsletter, a stranger and a forward (see {@code realistic/README.md}). Every message ends where a
 * person would put it, as {@code expected.csv} says: its outcome, the segment of what stands on the
 * list, and the reason of what goes to review. The report is read back with Jackson, not with the code
 * that wrote it.
 */
class RealisticMailboxTest {

  private static final String FOLDER = "/org/plenary/examples/intake/realistic/";

  @TempDir
  Path out;

  private static Path resource(String name) throws Exception {
    return Path.of(RealisticMailboxTest.class.getResource(FOLDER + name).toURI());
  }

  @Test
  void everyMessageEndsWhereAPersonWouldPutIt() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int status = Intake.run(new String[] {resource("realistic.mbox").toString(), resource("directory.csv").toString(),
        out.toString()}, new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
    assertThat(status).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
        .contains("the ASP18 example's", "no SETTINGS.properties given");

    Map<String, CSVRecord> expected = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(resource("expected.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        expected.put(r.get("message_id"), r);
      }
    }
    JsonNode report = new ObjectMapper().readTree(out.resolve("intake.json").toFile());
    List<String> wrong = new ArrayList<>();
    // Where a person expects a cancellation or a replacement (by expected.csv, not by the result), the
    // delegation's earlier request no longer stands: the last message of each such delegation.
    Map<String, Integer> changedAt = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode m : report.get("messages")) {
      CSVRecord x = expected.get(m.get("messageId").asText());
      if (x != null && (x.get("outcome").equals("cancellation") || x.get("outcome").equals("replacement"))
          && m.hasNonNull("delegation")) {
        changedAt.put(m.get("delegation").asText(), i);
      }
      i++;
    }
    int n = 0;
    for (JsonNode m : report.get("messages")) {
      n++;
      CSVRecord x = expected.get(m.get("messageId").asText());
      assertThat(x).as("message %s is in expected.csv", m.get("messageId")).isNotNull();
      String outcome = m.get("outcome").asText();
      String where = outcome.equals("review") ? m.get("reason").asText()
          : m.get("request").isNull() ? "" : segment(m.get("request").asText());
      String expectedWhere = x.get("outcome").equals("review") ? x.get("reason")
          : x.get("outcome").equals("cancellation") ? "" : x.get("segment");
      if (outcome.equals("request") && where.isEmpty() && m.hasNonNull("delegation")
          && changedAt.getOrDefault(m.get("delegation").asText(), -1) > n - 1) {
        // A request that a later message of its delegation cancels or replaces no longer stands.
        expectedWhere = "";
      }
      if (!outcome.equals(x.get("outcome")) || !where.equals(expectedWhere)) {
        wrong.add(x.get("what") + " (" + m.get("messageId").asText() + "): " + outcome + " " + where + ", not "
            + x.get("outcome") + " " + expectedWhere + "; " + m.path("detail").asText(""));
      }
    }
    assertThat(n).isEqualTo(expected.size()).isGreaterThanOrEqualTo(100);
    assertThat(wrong).as("messages not where a person would put them").isEmpty();
    assertThat(report.get("counts").get("requests").asInt()).isEqualTo(expected.values().stream()
        .filter(r -> r.get("outcome").equals("request")).count());
  }

  /** The segment of a request, from its id under the ASP18 example's settings: hl-... or floor-... */
  private static String segment(String id) {
    return id.startsWith("hl-") ? "high-level" : id.startsWith("floor-") ? "floor" : id;
  }
}
