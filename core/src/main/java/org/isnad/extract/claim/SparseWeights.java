package org.isnad.extract.claim;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The on-disk form of a hashed weight table: the count of non-zero weights, then each as the distance
 * from the previous one and its value. Most buckets of a perceptron's table stay zero, so this is far
 * smaller than the table.
 */
final class SparseWeights {
  private SparseWeights() {}

  static void write(float[] w, DataOutputStream out) throws IOException {
    int nz = 0;
    for (float f : w) if (f != 0f) nz++;
    out.writeInt(nz);
    int last = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] == 0f) continue;
      out.writeInt(i - last);
      out.writeFloat(w[i]);
      last = i;
    }
  }

  static void read(float[] w, DataInputStream in) throws IOException {
    int nz = in.readInt();
    int at = 0;
    for (int k = 0; k < nz; k++) {
      at += in.readInt();
      w[at] = in.readFloat();
    }
  }
}
