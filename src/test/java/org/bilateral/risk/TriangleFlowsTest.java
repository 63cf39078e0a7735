package org.bilateral.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the triangle's quantities are keyed: by a subheading's six digits as a number. */
class TriangleFlowsTest {

    @Test
    void aSubheadingIsKeyedByItsSixDigitsAndAnythingElseHasNoKey() {
        // 0 1 0 1 2 1 read as a number: 10,121; the leading zero is kept apart by the length, always six
        assertThat(TriangleFlows.subheadingKey("010121")).isEqualTo(10_121);
        assertThat(TriangleFlows.subheadingKey("854140")).isEqualTo(854_140);
        assertThat(TriangleFlows.subheadingKey("8541")).isEqualTo(-1);
        assertThat(TriangleFlows.subheadingKey("85414A")).isEqualTo(-1);
    }
}
