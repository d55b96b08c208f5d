package org.isnad.link;

import java.util.List;
import org.isnad.model.Claim;
import org.isnad.model.Event;
import org.isnad.model.Framing;
import org.isnad.model.Reuse;
import org.isnad.model.Story;

/** The cross-outlet layer: copied passages, stories, events (claims now carry their event), framing. */
public record CorpusLinks(List<Reuse> reuse, List<Story> stories, List<Event> events, List<Claim> claims,
                          Framing framing) {}
