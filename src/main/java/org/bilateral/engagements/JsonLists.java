package org.bilateral.engagements;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Lists that PostgreSQL aggregated as JSON arrays, read back into Java. */
final class JsonLists {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLists() {
    }

    static List<String> strings(String json) {
        return json == null ? List.of() : List.of(JSON.readValue(json, String[].class));
    }
}
