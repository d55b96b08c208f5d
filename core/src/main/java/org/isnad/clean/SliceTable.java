package org.isnad.clean;

import java.util.Arrays;

/**
 * Strings to values, looked up by a slice of a longer string without building a string for it (as Lucene's
 * CharArrayMap): the residue classifier looks up every word of every line, and a lookup must not allocate. Open
 * addressing with linear probing; filled once, then read only (thread-safe to read).
 */
final class SliceTable<V> {
  private char[][] keys;
  private Object[] values;
  private int size;

  SliceTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected) * 2) * 2;
    keys = new char[cap][];
    values = new Object[cap];
  }

  int size() {
    return size;
  }

  void put(String key, V value) {
    if ((size + 1) * 2 > keys.length) grow();
    char[] k = key.toCharArray();
    int slot = slot(key, 0, key.length());
    if (keys[slot] == null) {
      keys[slot] = k;
      size++;
    }
    values[slot] = value;
  }

  /** The value of {@code s[start, end)}, or null. */
  @SuppressWarnings("unchecked")
  V get(CharSequence s, int start, int end) {
    return (V) values[slot(s, start, end)];
  }

  /** The slot holding {@code s[start, end)}, or the empty slot where it would go. */
  private int slot(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) h = 31 * h + s.charAt(i);
    h ^= h >>> 16;
    int mask = keys.length - 1;
    int slot = h & mask;
    while (keys[slot] != null && !equal(keys[slot], s, start, end)) slot = (slot + 1) & mask;
    return slot;
  }

  private static boolean equal(char[] k, CharSequence s, int start, int end) {
    if (k.length != end - start) return false;
    for (int i = 0; i < k.length; i++) if (k[i] != s.charAt(start + i)) return false;
    return true;
  }

  private void grow() {
    char[][] oldKeys = keys;
    Object[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] == null) continue;
      String k = new String(oldKeys[i]);
      int slot = slot(k, 0, k.length());
      keys[slot] = oldKeys[i];
      values[slot] = oldValues[i];
      size++;
    }
    Arrays.fill(oldKeys, null);
  }
}
