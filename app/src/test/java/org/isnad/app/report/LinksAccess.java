package org.isnad.app.report;

/** {@link Links#segment} for tests in other packages. */
public final class LinksAccess {
  private LinksAccess() {}

  public static String segment(String id) {
    return Links.segment(id);
  }
}
