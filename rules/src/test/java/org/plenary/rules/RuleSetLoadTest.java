package org.plenary.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

class RuleSetLoadTest {

  @TempDir
  Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("facilitation.properties");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void discoversEveryStandardRule() {
    assertThat(RuleSet.providers()).extracting(RuleProvider::id).containsExactly(
        "deadline.registration", "order.fixed-position", "order.one-per-delegation",
        "order.precedence", "time-limit.budget", "time-limit.cap", "time-limit.reserve", "time-limit.segment",
        "time-limit.speaking");
    assertThat(RuleSet.discover().rules()).extracting(Rule::id).hasSize(9);
  }

  @Test
  void loadsRulesAndTheirSettingsFromAFile() throws IOException {
    RuleSet rules = RuleSet.load(file("""
        rules = deadline.registration, order.precedence, time-limit.speaking, time-limit.budget
        deadline.registration.late = admit-after
        order.precedence.constituencies = state-party, civil-society
        time-limit.speaking.segment.floor = PT5M
        time-limit.speaking.constituency.civil-society = PT2M
        time-limit.speaking.because.en = the general debate's practice
        time-limit.speaking.because.fr = l'usage du débat général
        time-limit.budget.fit = shorten-then-wait-list
        time-limit.budget.minimum = PT2M
        """));
    assertThat(rules.rules()).extracting(Rule::id).containsExactly("deadline.registration", "order.precedence",
        "time-limit.speaking", "time-limit.budget");
    SpeakingTimeLimit limit = rules.rule("time-limit.speaking", SpeakingTimeLimit.class).orElseThrow();
    assertThat(limit.limit("floor", Constituency.STATE_PARTY)).contains(Duration.ofMinutes(5));
    assertThat(limit.limit("floor", Constituency.CIVIL_SOCIETY)).contains(Duration.ofMinutes(2));
    assertThat(rules.rule("time-limit.speaking").orElseThrow().reason()).isEqualTo(LocalizedText.of("the general debate's practice",
        "l'usage du débat général"));
    TimeBudget budget = rules.rule("time-limit.budget", TimeBudget.class).orElseThrow();
    assertThat(budget.fit()).isEqualTo(Fit.shortenThenWaitList(Duration.ofMinutes(2)));
    assertThat(rules.rule("deadline.registration", RegistrationDeadline.class).orElseThrow().policy())
        .isEqualTo(LatePolicy.ADMIT_AFTER);
    assertThat(rules.rule("order.precedence", Precedence.class).orElseThrow().tiers())
        .containsExactly(Set.of(Constituency.STATE_PARTY), Set.of(Constituency.CIVIL_SOCIETY));
  }

  @Test
  void refusesAnUnknownRuleIdNamingTheFileKeyAndValue() throws IOException {
    Path f = file("rules = time-limit.speaking, time-limit.florr\n");
    assertThatThrownBy(() -> RuleSet.load(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("facilitation.properties: rules = 'time-limit.florr' is not a known rule id; known: ");
  }

  @Test
  void refusesAMalformedDuration() throws IOException {
    Path f = file("rules = time-limit.speaking\ntime-limit.speaking.segment.floor = 3 minutes\n");
    assertThatThrownBy(() -> RuleSet.load(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("facilitation.properties: time-limit.speaking.segment.floor = '3 minutes' is not an "
            + "ISO-8601 duration such as PT3M or PT2H");
  }

  @Test
  void refusesANegativeOrAbsurdDuration() throws IOException {
    assertThatThrownBy(() -> RuleSet.load(file("rules = time-limit.budget\ntime-limit.budget.minimum = PT-2M\n")))
        .hasMessage("facilitation.properties: time-limit.budget.minimum = 'PT-2M' must be a positive duration");
    assertThatThrownBy(() -> RuleSet.load(file("rules = time-limit.budget\ntime-limit.budget.minimum = PT30H\n")))
        .hasMessage("facilitation.properties: time-limit.budget.minimum = 'PT30H' is longer than 24 hours");
  }

  @Test
  void refusesAnUnknownConstituency() throws IOException {
    Path f = file("rules = order.precedence\norder.precedence.constituencies = state-party, ngo\n");
    assertThatThrownBy(() -> RuleSet.load(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("facilitation.properties: order.precedence.constituencies = 'ngo' is not a known "
            + "constituency; known: chair, state-party, court, observer-state, international-organisation, "
            + "civil-society");
  }

  @Test
  void acceptsAConstituencyOfTheFacilitationsOwn() throws IOException {
    Constituency funder = Constituency.of("funder", LocalizedText.of("Funder", "Bailleur de fonds"));
    Path f = file("rules = order.precedence\norder.precedence.constituencies = funder, state-party\n");
    RuleSet rules = load(f, List.of(Constituency.STATE_PARTY, funder));
    assertThat(((Precedence) rules.rules().get(0)).tiers())
        .containsExactly(Set.of(funder), Set.of(Constituency.STATE_PARTY));
    Path tiers = file("rules = order.precedence\norder.precedence.constituencies = state-party, funder + "
        + "state-party\n");
    assertThatThrownBy(() -> load(tiers, List.of(Constituency.STATE_PARTY, funder)))
        .hasMessage("facilitation.properties: order.precedence.constituencies = 'state-party, funder + "
            + "state-party' names a constituency twice");
    Path together = file("rules = order.precedence\norder.precedence.constituencies = state-party, funder + "
        + "civil-society\n");
    assertThat(load(together, List.of(Constituency.STATE_PARTY, Constituency.CIVIL_SOCIETY, funder))
        .rule("order.precedence", Precedence.class).orElseThrow().tiers())
        .containsExactly(Set.of(Constituency.STATE_PARTY), Set.of(funder, Constituency.CIVIL_SOCIETY));
  }

  @Test
  void aBadSettingBesideTheConstituenciesIsReportedAsItself() throws IOException {
    Path segments = file("rules = order.precedence\norder.precedence.constituencies = state-party\n"
        + "order.precedence.segments = floor,\n");
    assertThatThrownBy(() -> RuleSet.load(segments))
        .hasMessage("facilitation.properties: order.precedence.segments = 'floor,' holds an empty id between its commas");
    Path tiers = file("rules = order.precedence\norder.precedence.constituencies = civil-society + "
        + "observer-state, state-party\n");
    Precedence p = RuleSet.load(tiers).rule("order.precedence", Precedence.class).orElseThrow();
    assertThat(p.tiers()).containsExactly(Set.of(Constituency.OBSERVER_STATE, Constituency.CIVIL_SOCIETY),
        Set.of(Constituency.STATE_PARTY));
  }

  @Test
  void refusesAKeyNoRuleReads() throws IOException {
    assertThatThrownBy(() -> RuleSet.load(file("rules = time-limit.budget\ntime-limit.budget.fitt = wait-list\n")))
        .hasMessage("facilitation.properties: time-limit.budget.fitt = 'wait-list' is not a setting of rule "
            + "'time-limit.budget'");
    assertThatThrownBy(() -> RuleSet.load(file("rules = time-limit.budget\norder.precedence.rank = false\n")))
        .hasMessage("facilitation.properties: order.precedence.rank = 'false' belongs to no rule listed in "
            + "'rules' (time-limit.budget)");
  }

  @Test
  void refusesABadChoiceListingTheGoodOnes() throws IOException {
    assertThatThrownBy(() -> RuleSet.load(file("rules = deadline.registration\ndeadline.registration.late = ignore\n")))
        .hasMessage("facilitation.properties: deadline.registration.late = 'ignore' is not one of refuse, "
            + "wait-list, admit-after");
  }

  @Test
  void refusesAFileWithoutRules() throws IOException {
    assertThatThrownBy(() -> RuleSet.load(file("time-limit.budget.fit = wait-list\n")))
        .hasMessage("facilitation.properties: rules = 'null' must list the rule ids to use, separated by commas");
  }

  @Test
  void refusesAMalformedFileNamingIt() throws IOException {
    Path f = file("rules = time-limit.budget\ntime-limit.budget.fit = wait\\u00zz-list\n");
    assertThatThrownBy(() -> RuleSet.load(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(f + ": (file) = '' is malformed: Malformed \\uxxxx encoding");
  }

  @Test
  void refusesTheSameRuleTwice() {
    assertThatThrownBy(() -> RuleSet.of(TimeBudget.waitListing()).and(TimeBudget.waitListing()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule id 'time-limit.budget' is used twice");
  }

  /** The rule set of {@code file}, whose constituencies are {@code constituencies}. */
  private static RuleSet load(Path file, List<Constituency> constituencies) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (var in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return RuleSet.load(p, file.getFileName().toString(), constituencies);
  }
}
