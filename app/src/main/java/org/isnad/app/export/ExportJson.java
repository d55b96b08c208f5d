package org.isnad.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Contradiction;
import org.isnad.model.Place;

/** Parts of an event read as trees (so that fields added to the contract pass through) into core's records. */
final class ExportJson {
  static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ExportJson() {}

  static Place place(JsonNode n) {
    return convert(n, Place.class);
  }

  static List<Contradiction> contradictions(JsonNode event) {
    List<Contradiction> out = new ArrayList<>();
    for (JsonNode c : event.path("contradictions")) {
      Contradiction r = convert(c, Contradiction.class);
      if (r != null && r.slot() != null && r.values() != null) out.add(r);
    }
    return out;
  }

  private static <T> T convert(JsonNode n, Class<T> type) {
    if (n == null || n.isNull()) return null;
    try {
      return JSON.treeToValue(n, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
