package org.isnad.extract.entity;

/**
 * A descriptive phrase naming an actor ({@code descriptors.tsv}): the phrase as written in the file, the
 * actor it names, its connotation on the Syrian government/opposition axis ({@link #GOV}, {@link #OPP},
 * {@link #NEUTRAL}), whether it links only in Syria-related articles, and whether it is rejected before a
 * definite word ("النظام العالمي").
 */
public record Descriptor(String phrase, String entity, String connotation, boolean syriaOnly, boolean noAdjective) {
  public static final String GOV = "gov";
  public static final String OPP = "opp";
  public static final String NEUTRAL = "neutral";
}
