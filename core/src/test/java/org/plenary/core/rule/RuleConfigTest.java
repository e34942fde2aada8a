package org.plenary.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.text.LocalizedText;

class RuleConfigTest {

  private static RuleConfig config(Map<String, String> values) {
    return RuleConfig.of("f.properties", "test.echo", values, Constituency.standardValues());
  }

  private static EchoRule.Read load(String... pairs) {
    Properties p = new Properties();
    p.setProperty("rules", EchoRule.ID);
    for (int i = 0; i < pairs.length; i += 2) {
      p.setProperty(EchoRule.ID + "." + pairs[i], pairs[i + 1]);
    }
    return ((EchoRule) RuleSet.load(p, "f.properties", Constituency.standardValues()).rules().get(0)).read();
  }

  @Test
  void readsEveryKindOfValue() {
    EchoRule.Read r = load("text", "  hello  ", "limit", "PT5M", "flag", "true", "policy", "shorten", "count", "4",
        "order", "civil-society, state-party", "segment.floor", "PT2M", "segment.panel", "PT10M",
        "constituency.court", "PT15M", "note.a", "x");
    assertThat(r.text()).contains("hello");
    assertThat(r.limit()).contains(Duration.ofMinutes(5));
    assertThat(r.flag()).isTrue();
    assertThat(r.chosen()).isEqualTo(Fitting.Policy.SHORTEN);
    assertThat(r.count()).contains(4);
    assertThat(r.order()).containsExactly(Constituency.CIVIL_SOCIETY, Constituency.STATE_PARTY);
    assertThat(r.bySegment()).containsExactly(Map.entry("floor", Duration.ofMinutes(2)),
        Map.entry("panel", Duration.ofMinutes(10)));
    assertThat(r.byConstituency()).containsExactly(Map.entry(Constituency.COURT, Duration.ofMinutes(15)));
    assertThat(r.notes()).containsExactly(Map.entry("a", "x"));
  }

  @Test
  void anEmptyConfigurationGivesTheDefaults() {
    EchoRule.Read r = ((EchoRule) new EchoRule.Provider().create(RuleConfig.empty(EchoRule.ID))).read();
    assertThat(r.text()).isEmpty();
    assertThat(r.limit()).isEmpty();
    assertThat(r.ids()).isEmpty();
    assertThat(r.segments()).isEqualTo(Selector.listSegments());
    assertThat(r.flag()).isFalse();
    assertThat(r.chosen()).isEqualTo(Fitting.Policy.WAIT_LIST);
    assertThat(r.count()).isEmpty();
    assertThat(r.order()).isEmpty();
    assertThat(r.bySegment()).isEmpty();
  }

  @Test
  void errorsNameTheFileTheKeyAndTheValue() {
    assertThatThrownBy(() -> load("flag", "yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f.properties: test.echo.flag = 'yes' is neither 'true' nor 'false'");
    assertThatThrownBy(() -> load("policy", "later"))
        .hasMessage("f.properties: test.echo.policy = 'later' is not one of wait-list, shorten-then-wait-list, shorten");
    assertThatThrownBy(() -> load("count", "0"))
        .hasMessage("f.properties: test.echo.count = '0' is not a whole number from 1");
    assertThatThrownBy(() -> load("count", "three"))
        .hasMessage("f.properties: test.echo.count = 'three' is not a whole number from 1");
    assertThatThrownBy(() -> load("because.fr", "la note"))
        .hasMessage("f.properties: test.echo.because.fr = 'la note' needs 'because.en' too: English is the fallback");
    assertThatThrownBy(() -> load("limit", "PT0S"))
        .hasMessage("f.properties: test.echo.limit = 'PT0S' must be a positive duration");
    assertThatThrownBy(() -> load("limit", "PT24H1S"))
        .hasMessage("f.properties: test.echo.limit = 'PT24H1S' is longer than 24 hours");
    assertThatThrownBy(() -> load("segment.floor", "3"))
        .hasMessage("f.properties: test.echo.segment.floor = '3' is not an ISO-8601 duration such as PT3M or PT2H");
    assertThatThrownBy(() -> load("constituency.ngo", "PT1M"))
        .hasMessageStartingWith("f.properties: test.echo.constituency.ngo = 'ngo' is not a known constituency");
  }

  @Test
  void readsListsOfIdsSegmentsAndConstituenciesInOrder() {
    EchoRule.Read r = load("ids", " ARM,UKR , cicc ", "segments", "floor, briefing", "order", "court");
    assertThat(r.ids()).containsExactly("ARM", "UKR", "cicc");
    assertThat(r.segments()).isEqualTo(Selector.segments("floor", "briefing"));
    assertThat(r.order()).containsExactly(Constituency.COURT);
  }

  @Test
  void aListWithAnIdTwiceAnEmptyOneOrAMalformedOneIsRefusedNamingTheFileTheKeyAndTheValue() {
    assertThatThrownBy(() -> load("ids", "ARM, ARM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("f.properties: test.echo.ids = 'ARM, ARM' names 'ARM' twice");
    assertThatThrownBy(() -> load("ids", "ARM,,UKR"))
        .hasMessage("f.properties: test.echo.ids = 'ARM,,UKR' holds an empty id between its commas");
    assertThatThrownBy(() -> load("segments", "floor, the floor"))
        .hasMessage("f.properties: test.echo.segments = 'floor, the floor' holds 'the floor', which is not an id: "
            + "1 to 64 letters, digits, '.', '_' or '-'");
    assertThatThrownBy(() -> load("segments", "floor,floor"))
        .hasMessage("f.properties: test.echo.segments = 'floor,floor' names 'floor' twice");
    assertThatThrownBy(() -> load("order", "court, court"))
        .hasMessage("f.properties: test.echo.order = 'court, court' names 'court' twice");
    assertThatThrownBy(() -> load("order", "court, youth"))
        .hasMessage("f.properties: test.echo.order = 'youth' is not a known constituency; known: chair, "
            + "state-party, court, observer-state, international-organisation, civil-society");
  }

  @Test
  void theStatedReasonIsReadForEveryRuleInEveryLanguageGiven() {
    Properties p = new Properties();
    p.setProperty("rules", EchoRule.ID);
    p.setProperty(EchoRule.ID + ".because.en", "the note");
    p.setProperty(EchoRule.ID + ".because.fr", "la note");
    p.setProperty(EchoRule.ID + ".because.es", "la nota");
    Rule r = RuleSet.load(p, "f.properties", Constituency.standardValues()).rules().get(0);
    assertThat(r.reason().in(java.util.Locale.FRENCH)).isEqualTo("la note");
    assertThat(r.reason().in(Locale.forLanguageTag("es"))).isEqualTo("la nota");
    assertThat(r.id()).isEqualTo(EchoRule.ID);
    assertThat(r.name()).isEqualTo(LocalizedText.of("Echo", "Écho"));
    assertThat(r.check(null)).singleElement()
        .satisfies(f -> assertThat(f.reason().english()).isEqualTo("the note"));
    assertThat(r.because(LocalizedText.of("other")).reason().english()).isEqualTo("other");
    assertThat(r).isInstanceOf(EchoRule.class).hasToString("test.echo (Echo)");
  }

  @Test
  void readsAFitFromItsThreeKeysOverTheFallback() {
    Declarations.Fit fallback = Declarations.Fit.waitList();

    assertThat(config(Map.of()).fit(fallback)).isEqualTo(fallback);
    assertThat(config(Map.of("fit", "shorten", "minimum", "PT2M")).fit(fallback))
        .isEqualTo(Declarations.Fit.shorten(Duration.ofMinutes(2)));
    assertThat(config(Map.of("fit", "shorten-then-wait-list", "minimum", "PT90S", "step", "PT30S")).fit(fallback))
        .isEqualTo(Declarations.Fit.shortenThenWaitList(Duration.ofSeconds(90)).inSteps(Duration.ofSeconds(30)));
    assertThat(config(Map.of("step", "PT30S")).fit(Declarations.Fit.shorten(Duration.ofMinutes(1))))
        .isEqualTo(Declarations.Fit.shorten(Duration.ofMinutes(1)).inSteps(Duration.ofSeconds(30)));
    assertThatThrownBy(() -> config(Map.of("fit", "cut")).fit(fallback))
        .hasMessage("f.properties: test.echo.fit = 'cut' is not one of wait-list, shorten-then-wait-list, shorten");
  }

  @Test
  void aDurationOfExactly24HoursIsAccepted() {
    assertThat(load("limit", "PT24H").limit()).contains(Duration.ofHours(24));
  }

  @Test
  void tracksTheKeysThatNoGetterRead() {
    RuleConfig c = config(Map.of("a", "1", "b", "2", "c.d", "3"));
    c.text("a");
    assertThat(c.keys()).containsExactly("a", "b", "c.d");
    assertThat(c.unused()).containsExactly("b", "c.d");
    assertThat(c.texts("c")).containsExactly(Map.entry("d", "3"));
    assertThat(c.unused()).containsExactly("b");
    assertThat(c.toString()).isEqualTo("RuleConfig[test.echo from f.properties: {a=1, b=2, c.d=3}]");
  }
}
