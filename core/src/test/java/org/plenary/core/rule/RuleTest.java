package org.plenary.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

/** A rule keeps its type and settings when a reason is stated for it, and says what it asks from what it declares. */
class RuleTest {

  private static final LocalizedText OURS = LocalizedText.of("as the Bureau decided", "comme l'a décidé le Bureau");
  private static final Selector FLOOR = Selector.segments("floor");
  private static final Selector NGOS = FLOOR.and(Selector.constituencies(Constituency.CIVIL_SOCIETY));

  /** A rule of one's own with a setting, a limit and words of its own. */
  private static class Brief extends Rule {
    private final Duration most;

    Brief(Duration most) {
      super("test.brief", LocalizedText.of("the brief rule"), LocalizedText.of("the rules of procedure"));
      this.most = most;
    }

    @Override
    public void declare(Declarations d) {
      d.limit(Selector.listSegments(), most);
    }
  }

  private static String en(Rule rule) {
    return rule.describe(Sample.plenary()).english();
  }

  private static String fr(Rule rule) {
    return rule.describe(Sample.plenary()).in(Locale.FRENCH);
  }

  @Test
  void becauseCopiesTheRuleWithItsTypeAndSettingsAndOnlyTheReasonChanges() {
    Brief brief = new Brief(Duration.ofMinutes(2));
    Rule reasoned = brief.because(OURS);

    assertThat(reasoned).isInstanceOf(Brief.class).isNotSameAs(brief);
    assertThat(((Brief) reasoned).most).isEqualTo(Duration.ofMinutes(2));
    assertThat(reasoned.id()).isEqualTo("test.brief");
    assertThat(reasoned.name()).isEqualTo(brief.name());
    assertThat(reasoned.reason()).isEqualTo(OURS);
    assertThat(brief.reason()).isEqualTo(LocalizedText.of("the rules of procedure"));
    assertThat(reasoned.because(LocalizedText.of("again")).reason()).isEqualTo(LocalizedText.of("again"));
    assertThat(RuleSet.of(reasoned).rule("test.brief", Brief.class)).containsSame((Brief) reasoned);
    assertThat(reasoned).hasToString("test.brief (the brief rule)");
  }

  @Test
  void whatTheRuleDecidesNamesTheStatedReason() {
    Plan plan = Trial.sample().request("SP1", Constituency.STATE_PARTY, Duration.ofMinutes(3))
        .plan(new Brief(Duration.ofMinutes(2)).because(OURS));

    assertThat(plan.slot("r1").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(2));
    assertThat(plan.rules()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(OURS));
    assertThat(plan.findings()).filteredOn(f -> f.ruleId().equals("test.brief")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.reason()).isEqualTo(OURS));
  }

  @Test
  void aRuleMadeOfItsPartsKeepsItsDeclarationsThroughBecause() {
    Rule of = Rule.of("test.of", LocalizedText.of("of"), LocalizedText.of("test"),
        d -> d.limit(FLOOR, Duration.ofMinutes(1)));
    Rule reasoned = of.because(OURS);

    assertThat(reasoned.getClass()).isSameAs(of.getClass());
    assertThat(en(reasoned)).isEqualTo(en(of)).isEqualTo("At most 1 min a speech: “Floor”");
    assertThat(reasoned.reason()).isEqualTo(OURS);
  }

  @Test
  void anIdThatIsNotLowerCaseWordsIsRefusedNamingIt() {
    assertThatThrownBy(() -> Rule.of("Time Limit", LocalizedText.of("n"), LocalizedText.of("r"), d -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule id 'Time Limit' must be lower-case words joined by dots or hyphens, such as "
            + "'time-limit.speaking'");
  }

  @Test
  void eachKindOfDeclarationIsDescribedInTheReadersLanguageNamingWhomItSelects() {
    Rule all = Rule.of("test.all", LocalizedText.of("all", "tout"), LocalizedText.of("test"), d -> {
      d.admit(FLOOR, r -> Verdict.admit());
      d.onePer(FLOOR, s -> s.voice().id());
      d.order(FLOOR, Place.named("test.all"), r -> 0);
      d.alternate(FLOOR, Place.named("test.turns"), r -> "x", List.of("x"));
      d.pin("brief", 1);
      d.pin("case", Declarations.LAST);
      d.limit(NGOS, Duration.ofMinutes(2));
      d.capacity(FLOOR, Duration.ofMinutes(30), Fit.waitList());
      d.capacity(NGOS, 3);
      d.reserve(NGOS, Duration.ofMinutes(6));
      d.reserve(NGOS, 1);
    });

    assertThat(en(all).split("; ")).containsExactly(
        "Admission as this rule decides: “Floor”",
        "One statement each: “Floor”",
        "In an order of this rule's own: “Floor”",
        "Groups take turns: “Floor”",
        "At place 1 of its segment: Delegation body",
        "Last in its segment: Delegation S1",
        "At most 2 min a speech: civil society in “Floor”",
        "At most 30 min in all: “Floor”",
        "At most 3 speakers: civil society in “Floor”",
        "Time held, 6 min: civil society in “Floor”",
        "One place held: civil society in “Floor”");
    assertThat(fr(all).split(" ; ")).contains("Au plus 2 min par intervention : la société civile dans « Débat »",
        "Au plus 3 orateurs : la société civile dans « Débat »", "Une place réservée : la société civile dans « Débat »",
        "En dernier dans son segment : Delegation S1");
  }

  @Test
  void aCapacityThatShortensSaysHowInItsDescription() {
    Rule shorten = Rule.of("test.shorten", LocalizedText.of("shorten"), LocalizedText.of("test"),
        d -> d.capacity(FLOOR, Duration.ofMinutes(30), Fit.shortenThenWaitList(Duration.ofMinutes(2))));
    Rule only = Rule.of("test.only", LocalizedText.of("only"), LocalizedText.of("test"),
        d -> d.capacity(FLOOR, Duration.ofMinutes(30), Fit.shorten(Duration.ofSeconds(90))));

    assertThat(en(shorten)).isEqualTo("At most 30 min in all: “Floor”; statements are shortened, to no less than "
        + "2 min, before the last speakers wait");
    assertThat(fr(only)).isEqualTo("Au plus 30 min en tout : « Débat » ; les interventions sont raccourcies, à "
        + "1 min 30 s au moins");
  }

  @Test
  void aRuleThatDeclaresNothingOrThrowsIsDescribedByItsName() {
    LocalizedText name = LocalizedText.of("the quiet rule", "la règle discrète");
    assertThat(Rule.of("test.quiet", name, LocalizedText.of("test"), d -> { }).describe(Sample.plenary()))
        .isEqualTo(name);
    assertThat(Rule.of("test.boom", name, LocalizedText.of("test"), d -> {
      throw new IllegalStateException("boom");
    }).describe(Sample.plenary())).isEqualTo(name);
  }

  @Test
  void aRuleWithWordsOfItsOwnKeepsThem() {
    Rule worded = new Brief(Duration.ofMinutes(2)) {
      @Override
      public LocalizedText describe(org.plenary.core.agenda.Plenary plenary) {
        return LocalizedText.of("Two minutes at most.", "Deux minutes au plus.");
      }
    };
    assertThat(fr(worded.because(OURS))).isEqualTo("Deux minutes au plus.");
  }
}
