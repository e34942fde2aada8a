package org.plenary.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Grouping equal keys by chained hashes gives what a hash map gives. */
class IdsProperties {

  @Property
  void firstsNameTheFirstEqualKeyLikeAMap(
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 60) Integer> numbers) {
    List<Object> keys = new ArrayList<>();
    for (Integer n : numbers) {
      keys.add(n % 7 == 0 ? null : "id-" + n);
    }

    int[] first = Ids.firsts(keys);

    Map<Object, Integer> seen = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Object key = keys.get(i);
      int expected = key == null ? -1 : seen.computeIfAbsent(key, k -> keys.indexOf(k));
      assertThat(first[i]).as("key %s at %s", key, i).isEqualTo(expected);
    }
  }

  @Property
  void firstRepeatIsWhereASetWouldStop(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 400) Integer> numbers) {
    List<String> ids = numbers.stream().map(n -> "q" + n).toList();

    Set<String> set = new HashSet<>();
    int expected = -1;
    for (int i = 0; i < ids.size() && expected < 0; i++) {
      if (!set.add(ids.get(i))) {
        expected = i;
      }
    }
    assertThat(Ids.firstRepeat(ids)).isEqualTo(expected);
  }

  @Test
  void keysWithTheSameHashAreStillToldApart() {
    // "Aa" and "BB" share a hash code.
    assertThat(Ids.firsts(List.of("Aa", "BB", "Aa", "BB"))).containsExactly(0, 1, 0, 1);
    assertThat(Ids.firstRepeat(List.of("Aa", "BB"))).isEqualTo(-1);
    assertThat(Ids.firstRepeat(List.of())).isEqualTo(-1);
  }
}
