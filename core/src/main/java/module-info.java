/**
 * Plenary's core: the domain model of a plenary, the rule SPI, the planner and the timetable, the
 * live sitting, and a kit for trying rules.
 *
 * <p>It knows no concrete rule and no output format: those live in {@code org.plenary.rules} and
 * {@code org.plenary.export}. Rule providers register with
 * {@code provides org.plenary.core.rule.RuleProvider with ...}.
 */
module org.plenary.core {
  requires com.google.common;
  requires com.ibm.icu;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  // The testing kit's assertions: AssertJ is optional, present only where one tests.
  requires static org.assertj.core;
  // @API on each public type says how stable it is; a user's code compiles without it.
  requires static transitive org.apiguardian.api;

  exports org.plenary.core.text;
  // The text machinery of the project's own modules: bundles, dates, durations, lists, languages.
  exports org.plenary.core.internal.text to org.plenary.rules, org.plenary.export;
  // The Immutables style of the model, for the export module's published releases.
  exports org.plenary.core.internal.style to org.plenary.export;
  // What the planner reads of the rules' values; the standard rules word their fits from it.
  exports org.plenary.core.internal.scope to org.plenary.rules;
  exports org.plenary.core.agenda;
  exports org.plenary.core.request;
  exports org.plenary.core.plan;
  exports org.plenary.core.rule;
  exports org.plenary.core.planner;
  exports org.plenary.core.sitting;
  exports org.plenary.core.testing;
  // AssertJ's soft assertions proxy the kit's assertion classes from within their package.
  opens org.plenary.core.testing to org.assertj.core;

  uses org.plenary.core.rule.RuleProvider;
}
