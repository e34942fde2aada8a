package org.plenary.core.internal.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The planner's numbering of keys: equal keys one number, in the order first met. */
class DistinctTest {

  /** A key whose hash is given, so that unequal keys can share one. */
  private record Hashed(int id, int hash) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Test
  void equalKeysGetOneNumberAndNewKeysTheNext() {
    Distinct d = new Distinct(2);

    assertThat(d.of("a")).isZero();
    assertThat(d.of(new String("b"))).isEqualTo(1);
    assertThat(d.of(new String("a"))).isZero();
    assertThat(d.of("b")).isEqualTo(1);
    assertThat(d.of("c")).isEqualTo(2);

    assertThat(d.size()).isEqualTo(3);
    assertThat(d.key(0)).isEqualTo("a");
    assertThat(d.key(2)).isEqualTo("c");
  }

  @Test
  void unequalKeysOfOneHashAreToldApart() {
    Distinct d = new Distinct(4);

    assertThat(d.of(new Hashed(1, 7))).isZero();
    assertThat(d.of(new Hashed(2, 7))).isEqualTo(1);
    assertThat(d.of(new Hashed(1, 7))).isZero();
    assertThat(d.of(new Hashed(3, 7 + 64))).isEqualTo(2);
    assertThat(d.of(new Hashed(2, 7))).isEqualTo(1);
  }

  @Property
  void numbersAsAMapWouldWhateverTheSizeExpected(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 60) Integer> ids,
      @ForAll @IntRange(min = 0, max = 10) int expected, @ForAll @IntRange(min = 0, max = 3) int hashBits) {
    Distinct d = new Distinct(expected);
    Map<Integer, Integer> byMap = new HashMap<>();
    List<Object> firsts = new ArrayList<>();
    for (int id : ids) {
      Hashed key = new Hashed(id, id & ((1 << hashBits) - 1));
      Integer n = byMap.get(id);
      if (n == null) {
        n = byMap.size();
        byMap.put(id, n);
        firsts.add(key);
      }
      assertThat(d.of(key)).isEqualTo(n);
    }
    assertThat(d.size()).isEqualTo(byMap.size());
    for (int n = 0; n < firsts.size(); n++) {
      assertThat(d.key(n)).isEqualTo(firsts.get(n));
    }
  }
}
