package org.plenary.export;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.plenary.fixtures.Architecture;

/** The exporters' layers: no package cycles, no rule or example type, no other module's internals. */
class ArchitectureTest {

  private static final String ROOT = "org.plenary.export";
  private final JavaClasses classes = Architecture.of(ROOT);

  @Test
  void itsPackagesFormNoCycle() {
    Architecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void itKnowsNoRuleAndNoExample() {
    Architecture.knowsNoneOf(ROOT, "org.plenary.rules", "org.plenary.examples")
        .check(classes);
  }

  @Test
  void itUsesNoOtherModulesInternals() {
    Architecture.noOtherModulesInternals(ROOT).check(classes);
  }

  @Test
  void itsGeneratedTypesStayBehindItsAbstractTypes() {
    Architecture.generatedTypesStayHidden(ROOT).check(classes);
    Architecture.noGeneratedTypeInPublicSignatures(ROOT).check(classes);
  }
}
