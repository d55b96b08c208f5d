package org.isnad.model;

/** Where a claim happened: the place as written, its canonical id and coordinates (both may be null). */
public record Place(String text, String entity, Double lat, Double lon) {}
