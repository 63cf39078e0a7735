package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DuckDbBaselineTest {

    @Test
    void theBaselineOpensAnInMemoryDatabaseThatAnswers() throws Exception {
        try (Connection duck = DuckDbBaseline.open().orElseThrow();
                Statement statement = duck.createStatement();
                ResultSet answer = statement.executeQuery("select sum(x) from range(1, 5) t(x)")) {
            answer.next();
            assertThat(answer.getLong(1)).isEqualTo(10); // 1 + 2 + 3 + 4
        }
    }
}
