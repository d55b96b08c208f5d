package org.isnad.text;

/**
 * Murmur3's 32-bit finaliser: spreads every input bit over the whole hash, cheaply. Shared by the
 * name finder's hashed features and the linker's shingles and sketches, which both hash token keys.
 */
public final class HashMix {
  private HashMix() {}

  public static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
