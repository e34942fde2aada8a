package org.plenary.core.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/**
 * A rule's line in the plan's report reads its declarations by kind, whatever the order it declared
 * them in: admissions, one statement each, orders, fixed places, limits, capacities, reserves. Each
 * part is what the same declaration says alone.
 */
class RuleLineOrderTest {

  private static final Selector FLOOR = Selector.segments("floor");

  /** The declarations, each with its kind, in the order the line reads them. */
  private static final List<Consumer<Declarations>> IN_READING_ORDER = List.of(
      d -> d.admit(FLOOR, r -> r.received().isBefore(Sample.plenary().startInstant().minus(Duration.ofDays(2)))
          ? Verdict.admit() : Verdict.waitList(LocalizedText.of("late"))),
      d -> d.onePer(FLOOR, s -> s.voice().id()),
      d -> d.order(FLOOR, Place.named("test.line"), r -> r.constituency().equals(Constituency.STATE_PARTY) ? 0 : 1),
      d -> d.pin("r1", 1),
      d -> d.limit(FLOOR, Duration.ofMinutes(2)),
      d -> d.capacity(FLOOR, Duration.ofMinutes(20), Fit.waitList()),
      d -> d.reserve(FLOOR.and(Selector.constituencies(Constituency.CIVIL_SOCIETY)), Duration.ofMinutes(4)));

  private static final List<RequestToSpeak> REQUESTS = Sample.requests(30, 7);

  private static String line(Consumer<Declarations> declare) {
    Rule rule = Rule.of("test.line", LocalizedText.of("line"), LocalizedText.of("test"), declare);
    Plan plan = Planner.of(RuleSet.of(rule)).plan(Sample.plenary(), REQUESTS);
    return plan.findings().stream().filter(f -> f.ruleId().equals("test.line"))
        .filter(f -> f.severity() == Finding.Severity.INFO).map(f -> f.message().english()).findFirst()
        .orElseThrow();
  }

  /** Words of each kind's note, in reading order; each is checked on the declaration alone first. */
  private static final List<String> WORDS = List.of("requests checked", "speaks twice", "from the list checked",
      "fixed place", "against the limit", "Time taken in", "held for");

  @Test
  void aRulesLineReadsItsDeclarationsByKindWhateverTheOrderItDeclaredThem() {
    for (int i = 0; i < IN_READING_ORDER.size(); i++) {
      String alone = line(IN_READING_ORDER.get(i));
      for (int j = 0; j < WORDS.size(); j++) {
        if (i == j) {
          assertThat(alone).contains(WORDS.get(j));
        } else {
          assertThat(alone).doesNotContain(WORDS.get(j));
        }
      }
    }
    List<Consumer<Declarations>> backwards = new ArrayList<>(IN_READING_ORDER);
    java.util.Collections.reverse(backwards);

    String together = line(d -> backwards.forEach(each -> each.accept(d)));

    int at = -1;
    for (String words : WORDS) {
      int found = together.indexOf(words);
      assertThat(found).as("'%s' after position %s in %s", words, at, together).isGreaterThan(at);
      at = found;
    }
  }
}
