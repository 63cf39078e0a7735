package org.bilateral.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.bilateral.shared.InvalidInput;
import org.bilateral.shared.Unavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class SourceKeysTest {

    @TempDir Path home;

    @Test
    void aKeyWrittenIsInAFileOnlyItsOwnerMayReadInAFolderOnlyItsOwnerMayOpenAndIsReadBack() throws IOException {
        SourceKeys keys = new SourceKeys(new MockEnvironment(), home);

        Path file = keys.write("census", "  abc123  ");

        assertThat(file).isEqualTo(home.resolve("keys/census"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("keys")))).isEqualTo("rwx------");
        assertThat(keys.key("census")).contains("abc123");
        assertThat(keys.found("census")).isEqualTo(SourceKeys.Found.FILE);
        assertThat(Files.list(home.resolve("keys")).map(p -> p.getFileName().toString())).containsExactly("census");
        keys.write("census", "def456");
        assertThat(keys.key("census")).contains("def456");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyFileItsGroupMayReadIsRefusedNotUsed() throws IOException {
        SourceKeys keys = new SourceKeys(new MockEnvironment(), home);
        Path file = keys.write("comtrade", "secret");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(() -> keys.key("comtrade")).isInstanceOfSatisfying(Unavailable.class,
                e -> assertThat(e.said().key()).isEqualTo("refusal.sources.keyFileOpen"));
        assertThatThrownBy(() -> keys.found("comtrade")).isInstanceOf(Unavailable.class);
        // self-check: the same file, its owner's alone again, is used
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(keys.key("comtrade")).contains("secret");
    }

    @Test
    void aKeyInThePropertiesOrTheEnvironmentIsFoundBeforeTheFileAndSaidWhere() {
        MockEnvironment environment = new MockEnvironment();
        SourceKeys keys = new SourceKeys(environment, home);
        assertThat(keys.found("census")).isEqualTo(SourceKeys.Found.NOWHERE);
        environment.setProperty("BILATERAL_FEDERAL_REGISTER_KEY", "fr");
        assertThat(keys.found("federal-register")).isEqualTo(SourceKeys.Found.ENVIRONMENT);
        assertThat(SourceKeys.variable("federal-register")).isEqualTo("BILATERAL_FEDERAL_REGISTER_KEY");
        environment.setProperty("bilateral.sources.census.key", "p");
        assertThat(keys.found("census")).isEqualTo(SourceKeys.Found.PROPERTY);
        assertThat(keys.key("census")).contains("p");
    }

    @Test
    void aKeyOfMoreThanOneLineOrNoneIsRefusedAndNothingIsWritten() {
        SourceKeys keys = new SourceKeys(new MockEnvironment(), home);

        assertThatThrownBy(() -> keys.write("census", "abc\nFOO=bar")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> keys.write("census", "   ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> keys.write("../escape", "abc")).isInstanceOf(InvalidInput.class);
        assertThat(home.resolve("keys/census")).doesNotExist();
        assertThat(home.resolve("escape")).doesNotExist();
    }
}
