package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the launcher decides before the application starts, from the arguments alone. */
class LaunchArgumentsTest {

    @Test
    void aOneOffCommandStartsLazilyAndServeMakesEveryBeanBeforeItsFirstRequest() {
        assertThat(LaunchArguments.of(new String[] {"deals"}).defaults())
                .containsEntry("spring.main.lazy-initialization", "true");
        assertThat(LaunchArguments.of(new String[] {"serve", "--port", "8080"}).defaults())
                .doesNotContainKey("spring.main.lazy-initialization");
    }
}
