package org.isnad.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.MentionType;
import org.isnad.text.LexiconFile;

/**
 * The canonical actors: organisations, forces and outlets ({@code lexicon/actors.tsv}), persons
 * ({@code lexicon/persons.tsv}) and states, which share their country's id ({@code lexicon/countries.tsv}).
 * Gives each id its label, type, kind, side and parent, and keeps the names by which each is written.
 */
public final class ActorCatalog {
  /** How a person is written: full names, titles, and family names (alone = the family name alone names them). */
  public record PersonNames(String id, List<String> full, List<String> titles, List<String> family, boolean alone) {}

  private final Map<String, Actor> actors;
  private final Map<String, List<String>> aliases;
  private final List<PersonNames> persons;

  private ActorCatalog(Map<String, Actor> actors, Map<String, List<String>> aliases, List<PersonNames> persons) {
    this.actors = actors;
    this.aliases = aliases;
    this.persons = persons;
  }

  public static ActorCatalog load() {
    Map<String, Actor> actors = new HashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/countries.tsv", 6)) {
      actors.put(r[0], new Actor(r[0], r[1], MentionType.LOC, "state", side(r[0]), ""));
    }
    for (String[] r : LexiconFile.rows("/lexicon/actors.tsv", 7)) {
      MentionType type = MentionType.valueOf(r[3].isEmpty() ? "ORG" : r[3]);
      actors.put(r[0], new Actor(r[0], r[1], type, r[4], r[5], r[6]));
      List<String> names = new ArrayList<>();
      names.add(r[1]);
      names.addAll(PlaceGazetteer.split(r[2]));
      aliases.put(r[0], List.copyOf(names));
    }
    List<PersonNames> persons = new ArrayList<>();
    for (String[] r : LexiconFile.rows("/lexicon/persons.tsv", 8)) {
      Actor affiliation = actors.get(r[7]);
      actors.put(r[0], new Actor(r[0], r[1], MentionType.PER, "person",
          affiliation == null ? "" : affiliation.side(), r[7]));
      List<String> full = new ArrayList<>();
      full.add(r[1]);
      full.addAll(PlaceGazetteer.split(r[2]));
      persons.add(new PersonNames(r[0], List.copyOf(full), PlaceGazetteer.split(r[5]), PlaceGazetteer.split(r[3]),
          "yes".equals(r[4])));
    }
    return new ActorCatalog(Collections.unmodifiableMap(actors), aliases, Collections.unmodifiableList(persons));
  }

  /** Side of a state in the Syrian war, from its id (the country file has no side column). */
  private static String side(String id) {
    switch (id) {
      case "syria": return "government";
      case "russia": return "foreign_russia";
      case "iran": return "foreign_iran";
      case "turkey": return "foreign_turkey";
      case "usa": case "uk": case "france": case "germany": case "israel": return "foreign_west";
      case "saudi": case "qatar": case "uae": case "jordan": case "kuwait": case "bahrain": case "egypt": return "foreign_arab";
      default: return "neutral";
    }
  }

  /** The actor, person or state with this id, or {@code null}. */
  public Actor actor(String id) {
    return id == null ? null : actors.get(id);
  }

  /** The canonical Arabic name of any id of this catalogue, or {@code null}. */
  public String label(String id) {
    Actor a = actor(id);
    return a == null ? null : a.label();
  }

  /** Organisations and forces with the names they are written by (label first). */
  public Map<String, List<String>> aliases() {
    return Collections.unmodifiableMap(aliases);
  }

  public List<PersonNames> persons() {
    return persons;
  }

  /** True when the actor (or what it belongs to) is a party to the Syrian war: a sign that an article is about Syria. */
  public boolean isSyrian(String id) {
    for (int depth = 0; id != null && !id.isEmpty() && depth < 5; depth++) {
      if (id.equals("syria") || id.startsWith("syria.")) return true;
      Actor a = actors.get(id);
      if (a == null) return false;
      switch (a.side()) {
        case "government": case "progov": case "opposition": case "kurdish": return true;
        default: break;
      }
      if (a.type() == MentionType.PER || a.kind().equals("armed_group")) {
        id = a.parent();
      } else {
        return false;
      }
    }
    return false;
  }
}
