package org.isnad.model;

import java.util.List;

/**
 * Who a claim is attributed to. {@link #text()}/{@link #entity()} name the original source; {@link #chain()}
 * lists every transmitter from the one nearest the outlet to the original, e.g. for
 * "نقلت رويترز عن مسؤول أمني" the chain is [رويترز, مسؤول أمني] and the source is "مسؤول أمني".
 * A single-link attribution has a one-element chain.
 */
public record Source(String text, String entity, List<Ref> chain) {
  public Source {
    chain = List.copyOf(chain);
  }

  public static Source of(String text, String entity) {
    return new Source(text, entity, List.of(new Ref(text, entity)));
  }

  /** The transmitter nearest the outlet: the one two outlets must share to be relaying the same source. */
  public Ref relay() {
    return chain.isEmpty() ? new Ref(text, entity) : chain.get(0);
  }
}
