package org.bilateral.commitments.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.ArrayList;
import org.bilateral.shared.CountryCode;
import org.bilateral.shared.InputProblem;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;

/** A target file's fields are read one by one, each problem named with the file, the line and the field. */
class TargetFileFieldsTest {

    private final TargetFileFields fields = new TargetFileFields("targets.yaml", new ArrayList<>());

    private static MappingNode yaml(String text) {
        return (MappingNode) new Yaml().compose(new StringReader(text));
    }

    @Test
    void aKeyGivenTwiceIsNamedOnTheLineOfItsSecondUse() {
        fields.keysOnce(yaml("id: VN-2026\nbuyer: VN\nid: VN-2027\n"));
        assertThat(fields.problems()).containsExactly(new InputProblem("targets.yaml", "line 3", null, "'id' is given twice"));
    }

    @Test
    void aCountryIsReadAsItsCodeAndAnythingElseIsRefusedOnItsLine() {
        MappingNode t = yaml("buyer: vn\nseller: Vietnam\n");
        assertThat(fields.country(t, "buyer")).isEqualTo(CountryCode.of("VN"));
        assertThat(fields.country(t, "seller")).isNull();
        assertThat(fields.problems()).containsExactly(new InputProblem("targets.yaml", "line 2", "seller",
                "'Vietnam' is not an ISO 3166 two-letter country code"));
    }

    @Test
    void aYearIsFourDigitsAndAMissingOneIsSaidToBeMissing() {
        MappingNode t = yaml("id: VN-2026\nbaseline: 24\n");
        assertThat(fields.integer(t, "baseline")).isNull();
        assertThat(fields.integer(t, "from")).isNull();
        assertThat(fields.problems()).extracting(InputProblem::location, InputProblem::field, InputProblem::message)
                .containsExactly(tuple("line 2", "baseline", "'24' is not a year"),
                        tuple("line 1", "from", "is missing"));
    }

    @Test
    void aBlankValueIsRefusedAndAnOptionalMissingOneIsNot() {
        MappingNode t = yaml("id: VN-2026\nname: ' '\n");
        assertThat(fields.text(t, "id", true)).isEqualTo("VN-2026");
        assertThat(fields.text(t, "name", true)).isNull();
        assertThat(fields.text(t, "note", false)).isNull();
        assertThat(fields.problems()).containsExactly(new InputProblem("targets.yaml", "line 2", "name", "expected a value"));
    }
}
