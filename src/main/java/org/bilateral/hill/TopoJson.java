package org.bilateral.hill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Said;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TopoJSON to GeoJSON (the TopoJSON specification 1.0, as {@code topojson-client}'s {@code feature} reads it): the arcs
 * are decoded once (quantized and delta-encoded when the topology has a {@code transform}: each position is the sum of
 * the deltas before it, then scaled and translated), a ring is its arcs joined (an arc {@code ~i}, written -i-1, is arc
 * i reversed; each arc after the first starts where the last ended, so its first position is dropped), and Polygon and
 * MultiPolygon geometries become GeoJSON's. y is negated: the Albers file is in screen units (y down), and ECharts,
 * which treats y as latitude (up), would draw it upside down.
 */
final class TopoJson {

    /** What a feature's properties are, from its id and its TopoJSON properties; null leaves the feature out. */
    interface Properties {
        @Nullable ObjectNode of(@Nullable String id, @Nullable JsonNode properties, ObjectNode empty);
    }

    private final JsonMapper json;
    private final List<double[][]> arcs = new ArrayList<>();
    private final int decimals;

    private TopoJson(JsonMapper json, JsonNode topology) {
        this.json = json;
        JsonNode transform = topology.get("transform");
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (transform != null && !transform.isNull()) {
            sx = transform.get("scale").get(0).asDouble();
            sy = transform.get("scale").get(1).asDouble();
            tx = transform.get("translate").get(0).asDouble();
            ty = transform.get("translate").get(1).asDouble();
        }
        // positions are kept to the quantization's step (the smaller scale) and one digit more: finer digits are the
        // floating point's noise, not the map's
        double step = Math.min(Math.abs(sx), Math.abs(sy));
        this.decimals = transform == null || transform.isNull() ? -1 : Math.max(0, (int) Math.ceil(-Math.log10(step)) + 1);
        JsonNode arcList = topology.get("arcs");
        if (arcList == null || !arcList.isArray()) {
            throw new InvalidInput("topology", Said.of("refusal.hill.topologyWithoutArcs"));
        }
        for (JsonNode arc : arcList) {
            double[][] positions = new double[arc.size()][];
            double x = 0, y = 0;
            int i = 0;
            for (JsonNode p : arc) {
                if (transform != null && !transform.isNull()) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    positions[i++] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    positions[i++] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
                }
            }
            arcs.add(positions);
        }
    }

    /** The named geometry collection of a topology as a GeoJSON FeatureCollection, y negated. */
    static ObjectNode features(JsonMapper json, JsonNode topology, String object, Properties properties) {
        TopoJson topo = new TopoJson(json, topology);
        JsonNode collection = topology.path("objects").get(object);
        if (collection == null || !collection.has("geometries")) {
            throw new InvalidInput("topology", Said.of("refusal.hill.topologyWithoutObject", object));
        }
        ObjectNode result = json.createObjectNode();
        result.put("type", "FeatureCollection");
        ArrayNode features = result.putArray("features");
        for (JsonNode g : collection.get("geometries")) {
            String id = g.has("id") && !g.get("id").isNull() ? g.get("id").asString() : null;
            ObjectNode props = properties.of(id, g.get("properties"), json.createObjectNode());
            if (props == null) {
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.set("properties", props);
            feature.set("geometry", topo.geometry(g));
        }
        return result;
    }

    private ObjectNode geometry(JsonNode g) {
        String type = g.path("type").asString();
        ObjectNode geometry = json.createObjectNode();
        geometry.put("type", type);
        ArrayNode coordinates = geometry.putArray("coordinates");
        switch (type) {
            case "Polygon" -> polygon(g.get("arcs"), coordinates);
            case "MultiPolygon" -> {
                for (JsonNode polygon : g.get("arcs")) {
                    polygon(polygon, coordinates.addArray());
                }
            }
            default -> throw new InvalidInput("topology", Said.of("refusal.hill.topologyGeometry", type));
        }
        return geometry;
    }

    private void polygon(JsonNode rings, ArrayNode into) {
        for (JsonNode ring : rings) {
            ArrayNode positions = into.addArray();
            for (double[] p : ring(ring)) {
                positions.addArray().add(rounded(p[0])).add(rounded(-p[1]));
            }
        }
    }

    /** A ring's positions: its arcs joined, reversed ones ({@code ~i}) backwards, each shared position once. */
    List<double[]> ring(JsonNode arcIndices) {
        List<double[]> ring = new ArrayList<>();
        for (JsonNode index : arcIndices) {
            int i = index.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            List<double[]> positions = new ArrayList<>(List.of(arc));
            if (i < 0) {
                java.util.Collections.reverse(positions);
            }
            ring.addAll(ring.isEmpty() ? positions : positions.subList(1, positions.size()));
        }
        return ring;
    }

    private double rounded(double v) {
        return decimals < 0 ? v : BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }
}
