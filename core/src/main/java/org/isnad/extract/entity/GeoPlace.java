package org.isnad.extract.entity;

/**
 * A place of the gazetteer: its canonical id ({@code place.aleppo}, or a country id such as {@code syria}),
 * Arabic label, coordinates (null for a place without a single point, such as "منطقة خفض التصعيد"),
 * ISO country code, admin area (a GeoNames admin1 code or an English province name) and kind
 * ({@code city}, {@code district}, {@code crossing}, {@code country} ...).
 */
public record GeoPlace(String id, String label, Double lat, Double lon, String country, String admin1,
                       String kind) {}
