package org.plenary.rules;

import org.plenary.fixtures.LayersContract;

/** The rules' layers: no package cycles, no export or example type, no other module's internals. */
class ArchitectureTest extends LayersContract {

  ArchitectureTest() {
    super("org.plenary.rules", "org.plenary.export", "org.plenary.examples");
  }
}
