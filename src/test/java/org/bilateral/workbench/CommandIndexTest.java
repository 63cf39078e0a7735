package org.bilateral.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Help reads the commands from the index the build writes: it must name exactly the commands a scan of the classes finds. */
class CommandIndexTest {

    @Test
    void theBuildsIndexNamesExactlyTheCommandsAScanOfTheClassesFinds() {
        assertThat(CommandIndexTest.class.getClassLoader().getResource(CommandIndex.RESOURCE))
                .as("the build writes the index after compiling (exec-maven-plugin, command-index)").isNotNull();
        assertThat(CommandIndex.names()).isEqualTo(CommandIndex.scan());
    }

    @Test
    void theScanFindsTheCommandsOfEveryModuleInNameOrder() {
        assertThat(CommandIndex.scan()).hasSizeGreaterThan(30).isSorted()
                .contains("org.bilateral.extraction.cli.EvaluateCommand")
                .allSatisfy(name -> assertThat(name).startsWith("org.bilateral."));
    }
}
