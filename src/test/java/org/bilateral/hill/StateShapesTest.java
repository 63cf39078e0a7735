package org.bilateral.hill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilateral.shared.UsState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** TopoJSON to GeoJSON: a topology small enough to decode on paper, and the shared Albers file of the states. */
class StateShapesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Two arcs on a grid scaled by (2, 3) and moved by (10, 20). Arc 0 deltas (0,0) (1,0) (0,1) are the grid points
     * (0,0) (1,0) (1,1), that is (0·2+10, 0·3+20) = (10,20), (1·2+10, 20) = (12,20), (12, 1·3+20) = (12,23). Arc 1
     * deltas (1,1) (-1,0) (0,-1) are (1,1) (0,1) (0,0): (12,23) (10,23) (10,20).
     */
    private static final String SQUARE = """
            {"type": "Topology", "transform": {"scale": [2, 3], "translate": [10, 20]},
             "arcs": [[[0, 0], [1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1]]],
             "objects": {"states": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "47", "arcs": [[0, 1]]},
               {"type": "MultiPolygon", "id": "48", "arcs": [[[-1, -2]]]},
               {"type": "Polygon", "id": "99", "arcs": [[0, 1]]}]}}}""";

    private static Optional<UsStateInfo> twoStates(String fips) {
        return switch (fips) {
            case "47" -> Optional.of(new UsStateInfo(UsState.of("TN"), "47", "Tennessee"));
            case "48" -> Optional.of(new UsStateInfo(UsState.of("TX"), "48", "Texas"));
            default -> Optional.empty();
        };
    }

    @Test
    void aPolygonJoinsItsArcsOnceAtEachJointAndNegatesY() {
        ObjectNode collection = StateShapes.convert(json, json.readTree(SQUARE), StateShapesTest::twoStates);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        // the shape of FIPS 99 names no state of the list: left out
        assertThat(collection.get("features")).hasSize(2);
        JsonNode tennessee = collection.get("features").get(0);
        assertThat(tennessee.get("properties").get("usps").asString()).isEqualTo("TN");
        assertThat(tennessee.get("properties").get("name").asString()).isEqualTo("Tennessee");
        assertThat(tennessee.get("geometry").get("type").asString()).isEqualTo("Polygon");
        // arc 0 then arc 1 without its first point (12,23), the end of arc 0; y negated
        assertThat(ring(tennessee.get("geometry").get("coordinates").get(0)))
                .containsExactly(List.of(10.0, -20.0), List.of(12.0, -20.0), List.of(12.0, -23.0), List.of(10.0, -23.0), List.of(10.0, -20.0));
    }

    @Test
    void aReversedArcIsReadBackwardsInAMultiPolygon() {
        ObjectNode collection = StateShapes.convert(json, json.readTree(SQUARE), StateShapesTest::twoStates);
        JsonNode texas = collection.get("features").get(1);
        assertThat(texas.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
        // ~0 is arc 0 backwards: (12,23) (12,20) (10,20); ~1 is arc 1 backwards: (10,20) (10,23) (12,23), its first dropped
        assertThat(ring(texas.get("geometry").get("coordinates").get(0).get(0)))
                .containsExactly(List.of(12.0, -23.0), List.of(12.0, -20.0), List.of(10.0, -20.0), List.of(10.0, -23.0), List.of(12.0, -23.0));
    }

    @Test
    void theSharedAlbersFileGives51StatesWithTennesseeWhereItLies() throws IOException {
        Path topo = HillFixture.SHARED.resolve("geo/us-states-albers.topo.json");
        Path codes = HillFixture.SHARED.resolve("geo/us-state-codes.csv");
        assumeTrue(Files.isRegularFile(topo) && Files.isRegularFile(codes),
                "../shared/data/geo is absent: the test of the shared state shapes is skipped");
        Map<UsState, UsStateInfo> states = UsStates.parse(Files.readAllBytes(codes), "us-state-codes.csv");
        assertThat(states).hasSize(57);
        ObjectNode collection = StateShapes.convert(json, json.readTree(Files.readAllBytes(topo)),
                fips -> states.values().stream().filter(s -> s.fips().equals(fips)).findFirst());
        JsonNode features = collection.get("features");
        assertThat(features).hasSize(51);
        List<String> usps = new ArrayList<>();
        features.forEach(f -> usps.add(f.get("properties").get("usps").asString()));
        assertThat(usps).contains("TN", "TX", "MT", "DC", "AK", "HI").doesNotContain("PR", "GU");

        JsonNode tennessee = null;
        for (JsonNode f : features) {
            if (f.get("properties").get("usps").asString().equals("TN")) {
                tennessee = f;
            }
        }
        assertThat(tennessee).isNotNull();
        assertThat(tennessee.get("properties").get("name").asString()).isEqualTo("Tennessee");
        double[] box = box(tennessee.get("geometry"));
        // Tennessee in the 975×610 Albers USA frame (the file's own bbox is x -57.7..957.5, y 13.0..606.6, screen y down)
        // lies east of the middle and a little south of it, a wide short band: a separate decoding of its arcs (Python,
        // the same transform) gives x 602.8..756.0, y 333.4..386.7 before y is negated; checked loosely around that
        assertThat(box[0]).isBetween(560.0, 620.0);
        assertThat(box[2]).isBetween(730.0, 790.0);
        assertThat(-box[3]).isBetween(310.0, 360.0);
        assertThat(-box[1]).isBetween(360.0, 410.0);
        // about three times as wide as tall, as the state is (153 by 53)
        assertThat(box[2] - box[0]).isGreaterThan(2.5 * (box[3] - box[1]));
    }

    private static List<List<Double>> ring(JsonNode ring) {
        List<List<Double>> positions = new ArrayList<>();
        ring.forEach(p -> positions.add(List.of(p.get(0).asDouble(), p.get(1).asDouble())));
        return positions;
    }

    /** min x, min y, max x, max y of every position of a Polygon or MultiPolygon. */
    private static double[] box(JsonNode geometry) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<JsonNode> polygons = new ArrayList<>();
        if (geometry.get("type").asString().equals("Polygon")) {
            polygons.add(geometry.get("coordinates"));
        } else {
            geometry.get("coordinates").forEach(polygons::add);
        }
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                for (JsonNode p : ring) {
                    box[0] = Math.min(box[0], p.get(0).asDouble());
                    box[1] = Math.min(box[1], p.get(1).asDouble());
                    box[2] = Math.max(box[2], p.get(0).asDouble());
                    box[3] = Math.max(box[3], p.get(1).asDouble());
                }
            }
        }
        return box;
    }
}
