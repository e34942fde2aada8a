package org.plenary.core.internal;

import static java.util.Objects.requireNonNull;

/**
 * A map from ids to values for the planner's million-entry passes: open addressing in three flat
 * arrays, so that adding an id allocates nothing and a probe reads the stored hashes, touching a key
 * only when its hash matches. Keys and values are not null; there is no removal. Used as a set, through
 * {@link #add}, it keeps no values. Not thread-safe.
 *
 * @param <V> the values
 */
public final class IdTable<V> {

  private String[] keys;
  private int[] hashes;
  private Object[] values;
  private int size;

  /** A table sized for {@code expected} ids without growing. */
  public IdTable(int expected) {
    allocate(Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(8, expected) * 2 - 1)) + 1);
  }

  private void allocate(int bits) {
    keys = new String[1 << bits];
    hashes = new int[1 << bits];
    values = values == null ? null : new Object[1 << bits];
  }

  /** The number of ids in the table. */
  public int size() {
    return size;
  }

  /** The value of {@code key}, or null if the table does not hold it. */
  @SuppressWarnings("unchecked")
  public V get(String key) {
    int h = stored(key);
    int mask = keys.length - 1;
    for (int i = slot(h); hashes[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(key)) {
        return values == null ? null : (V) values[i];
      }
    }
    return null;
  }

  /** Adds {@code key} with no value; returns false if the table holds it already. */
  public boolean add(String key) {
    return insert(key) < 0;
  }

  /** Puts {@code value} under {@code key} if the key is absent; returns the value already there, or null. */
  public V putIfAbsent(String key, V value) {
    return put(key, value, false);
  }

  /** Puts {@code value} under {@code key}; returns the value it replaces, or null. */
  public V put(String key, V value) {
    return put(key, value, true);
  }

  @SuppressWarnings("unchecked")
  private V put(String key, V value, boolean replace) {
    requireNonNull(value, "value");
    if (values == null) {
      values = new Object[keys.length];
    }
    int i = insert(key);
    if (i < 0) {
      values[-i - 1] = value;
      return null;
    }
    V old = (V) values[i];
    if (replace || old == null) {
      values[i] = value;
    }
    return old;
  }

  /** The slot of {@code key} if the table holds it; else adds the key, returning -(its slot) - 1. */
  private int insert(String key) {
    int h = stored(key);
    int mask = keys.length - 1;
    int i = slot(h);
    for (; hashes[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(key)) {
        return i;
      }
    }
    keys[i] = key;
    hashes[i] = h;
    if (++size * 2 > keys.length) {
      grow();
      return -slotOf(key) - 1;
    }
    return -i - 1;
  }

  /** The slot that holds {@code key}, which the table holds. */
  private int slotOf(String key) {
    int h = stored(key);
    int mask = keys.length - 1;
    int i = slot(h);
    while (hashes[i] != h || !keys[i].equals(key)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    allocate(Integer.numberOfTrailingZeros(oldKeys.length) + 1);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldHashes[j] != 0) {
        int i = slot(oldHashes[j]);
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        if (values != null) {
          values[i] = oldValues[j];
        }
      }
    }
  }

  /** The key's hash as stored: never 0, which marks an empty slot. */
  private static int stored(String key) {
    int h = key.hashCode();
    return h == 0 ? 1 : h;
  }

  /**
   * The first slot to probe: the low bits of the hash with its high bits folded in, as
   * {@link java.util.HashMap} does. Ids such as r1, r2, r3 land in neighbouring slots, which keeps a
   * pass over a long list in the cache.
   */
  private int slot(int h) {
    return (h ^ (h >>> 16)) & (keys.length - 1);
  }

  @Override
  public String toString() {
    return "IdTable[" + size + " ids]";
  }
}
