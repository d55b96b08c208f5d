package org.isnad.extract.claim;

/** A token range {@code [first, end)} of the document's tokens. */
public record Span(int first, int end) {
  public boolean isEmpty() {
    return end <= first;
  }
}
