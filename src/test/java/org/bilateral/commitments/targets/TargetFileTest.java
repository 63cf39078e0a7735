package org.bilateral.commitments.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** A targets file that would make the parser expand, recurse or read without end is refused by its name, in words. */
class TargetFileTest {

    static final String ONE_TARGET = """
            targets:
              - code: soy
                name: Soybeans
                buyer: VN
                seller: US
                baseline: 2024
                products:
                  - group: Soybeans
                    hs: [1201]
                amounts:
                  2026: 1000
            """;

    @Test
    void aBillionLaughsIsRefusedByItsAnchorsBeforeItExpands() {
        // nine levels of ten aliases each: 10^9 lists when expanded, 90 aliases written
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }
        yaml.append("targets: *a9\n");

        assertThatThrownBy(() -> TargetFile.read(new StringReader(yaml.toString()), "laughs.yaml"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("laughs.yaml: repeats lists or mappings by their anchor (*name) more than 20 times, the most a targets file may");
    }

    @Test
    void aFileNestedTenThousandLevelsDeepIsRefusedWithoutFollowingThem() {
        String yaml = "targets: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        assertThatThrownBy(() -> TargetFile.read(new StringReader(yaml), "deep.yaml"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("deep.yaml: nests lists and mappings more than 20 levels deep, the most a targets file may");
    }

    @Test
    void aFileOfMoreCharactersThanTheLargestTargetsFileIsRefusedOnEveryDoor() {
        // 1 MB is 1,048,576 bytes; a comment one character longer than that is more text than an upload could carry
        String yaml = "#" + "x".repeat(1 << 20) + "\n" + ONE_TARGET;

        assertThatThrownBy(() -> TargetFile.read(new StringReader(yaml), "long.yaml"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("long.yaml: is longer than 1,048,576 characters, the most a targets file may be");
    }

    @Test
    void aFieldGivenTwiceIsRefusedByItsLineRatherThanOneValueKept() {
        String yaml = ONE_TARGET.replace("    baseline: 2024\n", "    baseline: 2024\n    name: Soya\n");

        assertThatThrownBy(() -> TargetFile.read(new StringReader(yaml), "twice.yaml"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("twice.yaml, line 7: 'name' is given twice");
    }

    @Test
    void aTargetWithinTheLimitsIsReadAsWritten() {
        assertThat(TargetFile.read(new StringReader(ONE_TARGET), "one.yaml"))
                .singleElement().satisfies(t -> assertThat(t.code()).isEqualTo("soy"));
    }
}
