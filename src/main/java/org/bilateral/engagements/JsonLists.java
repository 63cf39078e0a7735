package org.bilateral.engagements;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/** Lists that PostgreSQL aggregated as JSON arrays, read back into Java. */
final class JsonLists {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLists() {
    }

    static List<String> strings(@Nullable String json) {
        return json == null ? List.of() : List.of(JSON.readValue(json, String[].class));
    }
}
