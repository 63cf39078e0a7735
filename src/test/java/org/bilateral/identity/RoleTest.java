package org.bilateral.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bilateral.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void aRoleIsReadAsPeopleWriteIt() {
        assertThat(Role.parse(" Analyst ")).isEqualTo(Role.ANALYST);
        assertThat(Role.REPORTER.label()).isEqualTo("reporter");
        assertThat(Role.VIEWER.authority()).isEqualTo("ROLE_VIEWER");
    }

    @Test
    void anUnknownRoleIsRefusedByTheRoleField() {
        assertThatThrownBy(() -> Role.parse("boss")).isInstanceOf(InvalidInput.class)
                .hasMessage("role: unknown role 'boss': use admin, analyst, viewer or reporter")
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).source()).isEqualTo("role"));
    }
}
