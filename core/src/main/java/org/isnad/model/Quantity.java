package org.isnad.model;

/**
 * A count of something ("ألفي جندي" → 2000 جندي).
 *
 * @param id      stable id {@code <article>#q<start>}, referenced from claims
 * @param approx  true for "نحو", "قرابة", "أكثر من", "حوالي", "عشرات" …
 * @param counted the counted noun as written, or {@code null} when none follows
 */
public record Quantity(String id, int start, int end, String text, double value, boolean approx, String counted) {}
