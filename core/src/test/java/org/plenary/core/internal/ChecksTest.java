package org.plenary.core.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The checks that name their owner build the same messages as those given the whole field name. */
class ChecksTest {

  @Test
  void namesTheFieldItsOwnerAndTheValue() {
    assertThatThrownBy(() -> Checks.positive("duration of request", "r1", Duration.ZERO))
        .hasMessage("duration of request 'r1' (PT0S) must be positive");
    assertThatThrownBy(() -> Checks.atMost("duration of request", "r1", Duration.ofHours(25), Duration.ofHours(24)))
        .hasMessage("duration of request 'r1' (PT25H) must be at most PT24H");
    assertThatThrownBy(() -> Checks.notNegative("gap before segment", "floor", Duration.ofSeconds(-1)))
        .hasMessage("gap before segment 'floor' (PT-1S) must not be negative");
    assertThatThrownBy(() -> Checks.id("segment of request", "r1", "no spaces"))
        .hasMessage("segment of request 'r1' 'no spaces' must be 1 to 64 letters, digits, '.', '_' or '-', "
            + "starting with a letter or digit");
  }

  @Test
  void letsGoodValuesThrough() {
    assertThatCode(() -> {
      Checks.positive("duration", "r1", Duration.ofSeconds(1));
      Checks.atMost("duration", "r1", Duration.ofHours(24), Duration.ofHours(24));
      Checks.notNegative("gap", "floor", Duration.ZERO);
      Checks.id("segment", "r1", "floor-2");
    }).doesNotThrowAnyException();
  }
}
