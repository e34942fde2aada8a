package org.plenary.export;

import org.plenary.fixtures.LayersContract;

/** The exporters' layers: no package cycles, no rule or example type, no other module's internals. */
class ArchitectureTest extends LayersContract {

  ArchitectureTest() {
    super("org.plenary.export", "org.plenary.rules", "org.plenary.examples");
  }
}
