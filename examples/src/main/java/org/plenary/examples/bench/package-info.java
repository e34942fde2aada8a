/** JMH benchmarks of the real code paths: planning, the floor, re-planning, exports. */
package org.plenary.examples.bench;
