package org.isnad.extract.entity;

import org.isnad.model.MentionType;

/**
 * A canonical actor, person or state: id, Arabic label, mention type (ORG, PER, or LOC for a state named
 * by its country), kind ({@code armed_group}, {@code person}, {@code state} ...), side in the Syrian war
 * ({@code government}, {@code opposition}, {@code jihadist}, {@code foreign_russia} ...) and parent actor
 * id (the force's state, the faction's umbrella, the person's affiliation; may be empty).
 */
public record Actor(String id, String label, MentionType type, String kind, String side, String parent) {}
