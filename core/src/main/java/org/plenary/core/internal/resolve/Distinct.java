package org.plenary.core.internal.resolve;

/**
 * Numbers distinct keys in the order they are first met, equal keys ({@link Object#equals}) one
 * number: working storage of one resolution, so that a long list asks each key its hash once and
 * keeps no entry object a key. Open addressing over a power-of-two table of numbers. Not
 * thread-safe.
 */
final class Distinct {

  /**
   * Each slot: the spread hash of the key there in the high half, its number plus one in the low
   * half; 0 for an empty slot. A key new to the table costs one probe of one array.
   */
  private long[] slots;
  /** Each key, by number: the first of its equals met. */
  private Object[] keys;
  private int size;

  /** A numbering sized for about {@code expected} distinct keys; it grows past them. */
  Distinct(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    slots = new long[capacity];
    keys = new Object[Math.max(4, expected)];
  }

  /** The number of {@code key}, not null: a new one, the next, if no equal key was met before. */
  int of(Object key) {
    int h = spread(key.hashCode());
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        return add(i, h, key);
      }
      if ((int) (slot >>> 32) == h) {
        int at = (int) slot - 1;
        if (keys[at] == key || keys[at].equals(key)) {
          return at;
        }
      }
    }
  }

  /** The key numbered {@code n}: the first met of its equals. */
  Object key(int n) {
    return keys[n];
  }

  /** How many distinct keys were met. */
  int size() {
    return size;
  }

  private int add(int slot, int h, Object key) {
    if (size == keys.length) {
      keys = java.util.Arrays.copyOf(keys, keys.length * 2);
    }
    int n = size++;
    keys[n] = key;
    slots[slot] = ((long) h << 32) | (n + 1);
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return n;
  }

  private void rehash(int capacity) {
    long[] now = new long[capacity];
    int mask = capacity - 1;
    for (long slot : slots) {
      if (slot != 0) {
        int i = (int) (slot >>> 32) & mask;
        while (now[i] != 0) {
          i = (i + 1) & mask;
        }
        now[i] = slot;
      }
    }
    slots = now;
  }

  /** The hash with its high bits mixed in, as a table indexed by its low bits needs. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
