package org.isnad.model;

import java.util.List;

/** Articles about one developing situation (SPEC: stories.jsonl). */
public record Story(String id, String title, List<String> articles, List<String> events) {}
