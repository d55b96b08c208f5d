package org.isnad.link;

import java.util.List;
import org.isnad.model.Claim;
import org.isnad.model.Mention;

/**
 * What the cross-article half keeps of one article: small, so that a whole corpus fits while the texts
 * themselves stream to disk. Built by {@link CorpusLinker#digest} in the per-article half.
 */
public record ArticleDigest(String id, String outlet, String published, String title, String text,
                            List<Mention> mentions, List<Claim> claims) {}
