package org.isnad.read;

/** An input that could not be read (or a record inside it): the file and the reason, for one stderr line. */
public record InputProblem(String path, String reason) {
  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
