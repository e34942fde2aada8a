package org.plenary.core.rule;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.text.LocalizedText;

/** A rule for the core's tests that keeps what its configuration said, read through every getter. */
final class EchoRule extends Rule {

  static final String ID = "test.echo";

  /** What the configuration said, a getter each. */
  record Read(Optional<String> text, Optional<Duration> limit, boolean flag, Fitting.Policy chosen,
      List<Constituency> order, List<String> ids, Selector segments, Map<String, Duration> bySegment,
      Map<Constituency, Duration> byConstituency, Map<String, String> notes, Optional<Integer> count) {}

  private final Read read;

  EchoRule(Read read) {
    super(ID, LocalizedText.of("Echo", "Écho"), LocalizedText.of("tests", "essais"));
    this.read = read;
  }

  Read read() {
    return read;
  }

  @Override
  public void declare(Declarations declarations) {
    // it only echoes
  }

  @Override
  public List<Finding> check(Plan plan) {
    return List.of(Finding.builder().ruleId(id()).reason(reason()).severity(Severity.INFO).subject("plan")
        .message(LocalizedText.of("echo")).build());
  }

  private static Map<Constituency, Duration> byConstituency(RuleConfig c) {
    Map<Constituency, Duration> out = new java.util.LinkedHashMap<>();
    c.durations("constituency").forEach((id, d) -> out.put(c.constituency("constituency." + id, id), d));
    return out;
  }

  /** Registered in META-INF/services of the core's tests. */
  public static final class Provider implements RuleProvider {
    @Override
    public String id() {
      return ID;
    }

    @Override
    public Rule create(RuleConfig c) {
      return new EchoRule(new Read(c.text("text"), c.duration("limit"), c.flag("flag", false),
          c.choice("policy", Fitting.Policy.class, Fitting.Policy.WAIT_LIST), c.constituencies("order"), c.ids("ids"),
          c.segments("segments"), c.durations("segment"), byConstituency(c),
          c.texts("note"), c.count("count")));
    }
  }
}
