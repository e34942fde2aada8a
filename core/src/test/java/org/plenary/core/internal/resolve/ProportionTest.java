package org.plenary.core.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Shortening in proportion, to a step a chair can keep, never below the minimum. */
class ProportionTest {

  private static final long S = 1_000_000_000L;
  private static final long STEP = 15 * S;

  @Test
  void eachGivesUpInProportionToWhatItHasAboveTheMinimumInWholeSteps() {
    long[] allotted = {300 * S, 180 * S, 60 * S};

    long[] out = Proportion.shorten(allotted, 60 * S, STEP, 120 * S);

    // 240 s above the minimum and 120 s above it: they give up 80 s and 40 s, rounded to 15 s.
    assertThat(out).containsExactly(210 * S, 135 * S, 60 * S);
  }

  @Test
  void nothingChangesWithoutAnExcessOrAnythingToGive() {
    long[] allotted = {300 * S, 45 * S};

    assertThat(Proportion.shorten(allotted, 60 * S, STEP, 0)).containsExactly(allotted);
    assertThat(Proportion.shorten(allotted, 60 * S, STEP, -5 * S)).containsExactly(allotted);
    assertThat(Proportion.shorten(new long[] {60 * S, 45 * S}, 60 * S, STEP, 30 * S))
        .containsExactly(60 * S, 45 * S);
  }

  @Test
  void anExcessLargerThanAllThatCanBeGivenCutsEveryoneToTheirFloor() {
    long[] out = Proportion.shorten(new long[] {300 * S, 90 * S, 30 * S}, 60 * S, STEP, 3600 * S);

    assertThat(out).containsExactly(60 * S, 60 * S, 30 * S);
  }

  @Test
  void aCutThatLandsBetweenStepsIsRoundedDownButNotBelowTheMinimum() {
    long[] out = Proportion.shorten(new long[] {70 * S}, 60 * S, STEP, 1 * S);

    assertThat(out).containsExactly(60 * S);
  }

  @Test
  void anExcessOfPartOfAMillisecondStillCutsAWholeMillisecond() {
    long[] out = Proportion.shorten(new long[] {120 * S}, 0, 1_000_000L, 1);

    assertThat(out).containsExactly(120 * S - 1_000_000L);
  }

  @Test
  void ceilMulDivIsExactWhereTheProductOverflows() {
    long a = Long.MAX_VALUE / 3;
    long b = 7;
    long c = 5;

    BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
        .divideAndRemainder(BigInteger.valueOf(c));
    long expected = qr[0].longValueExact() + (qr[1].signum() == 0 ? 0 : 1);
    assertThat(Proportion.ceilMulDiv(a, b, c)).isEqualTo(expected);
    assertThat(Proportion.ceilMulDiv(Long.MAX_VALUE / 2, 4, 4)).isEqualTo(Long.MAX_VALUE / 2);
    assertThat(Proportion.ceilMulDiv(7, 3, 2)).isEqualTo(11);
    assertThat(Proportion.ceilMulDiv(8, 3, 2)).isEqualTo(12);
    assertThat(Proportion.ceilMulDiv(0, 3, 2)).isZero();
  }

  @Property
  void theCutCoversTheExcessWhenItCanAndKeepsEveryFloor(
      @ForAll @Size(min = 1, max = 12) long[] seconds,
      @ForAll @LongRange(min = 0, max = 600) long minimum,
      @ForAll @LongRange(min = 0, max = 3600) long excess) {
    long[] allotted = Arrays.stream(seconds).map(s -> Math.floorMod(s, 900) * S).toArray();

    long[] out = Proportion.shorten(allotted, minimum * S, STEP, excess * S);

    long give = 0;
    long given = 0;
    for (int i = 0; i < allotted.length; i++) {
      long floor = Math.min(allotted[i], minimum * S);
      assertThat(out[i]).isBetween(floor, allotted[i]);
      if (out[i] != allotted[i] && out[i] != floor) {
        assertThat(out[i] % STEP).isZero();
      }
      give += allotted[i] - floor;
      given += allotted[i] - out[i];
    }
    assertThat(given).isGreaterThanOrEqualTo(Math.min(excess * S, give));
  }
}
