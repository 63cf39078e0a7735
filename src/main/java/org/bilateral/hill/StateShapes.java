package org.bilateral.hill;

import java.util.Optional;
import org.bilateral.reference.ReferenceDataLoaded;
import org.bilateral.reference.ReferenceFiles;
import org.bilateral.shared.Unavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The states' shapes for the map: the shared pre-projected Albers TopoJSON (50 states and DC, Alaska and Hawaii inset,
 * for a 975×610 viewport) converted to GeoJSON here, so that the browser fetches nothing from outside and needs no
 * TopoJSON library. Converted once and kept until reference data is loaded again.
 */
@Service
public class StateShapes {

    static final String FILE = "geo/us-states-albers.topo.json";

    private final ReferenceFiles files;
    private final UsStates states;
    private final JsonMapper json;
    /** The GeoJSON, or "" when the reference location has no shapes; null until first asked. */
    private volatile @Nullable String converted;

    StateShapes(ReferenceFiles files, UsStates states, JsonMapper json) {
        this.files = files;
        this.states = states;
        this.json = json;
    }

    @EventListener
    void referenceLoaded(ReferenceDataLoaded loaded) {
        converted = null;
    }

    /**
     * GeoJSON FeatureCollection of the 50 states + DC from the shared Albers TopoJSON, each feature's properties
     * {"usps","name"}; y negated so that ECharts (which treats y as latitude, up) draws it the right way up. Empty when
     * the reference location has no geo/ files.
     */
    public Optional<String> geoJson() {
        String held = converted;
        if (held == null) {
            held = convert();
            converted = held;
        }
        return held.isEmpty() ? Optional.empty() : Optional.of(held);
    }

    private String convert() {
        byte[] bytes;
        try {
            bytes = files.read(FILE);
        } catch (Unavailable e) {
            return "";
        }
        if (states.all().isEmpty()) {
            return "";
        }
        return json.writeValueAsString(convert(json, json.readTree(bytes), states::byFips));
    }

    /** The topology's {@code states} as features named by the state list (a shape whose FIPS id it lacks is left out). */
    static ObjectNode convert(JsonMapper json, JsonNode topology, java.util.function.Function<String, Optional<UsStateInfo>> byFips) {
        return TopoJson.features(json, topology, "states", (id, properties, props) -> {
            if (id == null) {
                return null;
            }
            return byFips.apply(id).map(info -> {
                props.put("usps", info.state().usps());
                props.put("name", info.name());
                return props;
            }).orElse(null);
        });
    }
}
