package org.bilateral.worldjob.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bilateral.worldjob.synthetic.SyntheticWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedWorldTest {

    private static final SyntheticWorld.Settings SETTINGS = new SyntheticWorld.Settings(14, 5000, 2017, 2024, 35, null);

    @TempDir
    Path temp;

    @Test
    void aWorldWrittenIsReadBackWithItsSettingsAndWhatItsMakingMeasured() throws IOException {
        GeneratedWorld made = new GeneratedWorld(SETTINGS, false, 10_123_456, 10_123_456, 61.5, 164_609.0, "2026-12-07T09:30:00Z");
        made.write(temp);

        assertThat(GeneratedWorld.read(temp)).contains(made);
        assertThat(temp.resolve(GeneratedWorld.SETTINGS + ".part")).doesNotExist();
    }

    @Test
    void aStoreStandsOnlyForTheSameSettingsMadeTheSameWay() {
        GeneratedWorld made = new GeneratedWorld(SETTINGS, true, 100, 100, 1, 100, "2026-12-07T09:30:00Z");

        assertThat(made.sameMaking(new SyntheticWorld.Settings(14, 5000, 2017, 2024, 35, null), true)).isTrue();
        // another seed, another number of reporters, years, or bulk files imported rather than straight into the store
        assertThat(made.sameMaking(new SyntheticWorld.Settings(14, 5000, 2017, 2024, 36, null), true)).isFalse();
        assertThat(made.sameMaking(new SyntheticWorld.Settings(15, 5000, 2017, 2024, 35, null), true)).isFalse();
        assertThat(made.sameMaking(new SyntheticWorld.Settings(14, 5000, 2018, 2024, 35, null), true)).isFalse();
        assertThat(made.sameMaking(SETTINGS, false)).isFalse();
    }

    @Test
    void aFolderWithoutTheFileOrWithAnotherGeneratorsOrADamagedOneHoldsNoReusableWorld() throws IOException {
        assertThat(GeneratedWorld.read(temp)).isEmpty();

        Files.writeString(temp.resolve(GeneratedWorld.SETTINGS), "madeBy=bilateral bench synthetic world 0\nreporters=14\n");
        assertThat(GeneratedWorld.read(temp)).isEmpty();

        Files.writeString(temp.resolve(GeneratedWorld.SETTINGS), "madeBy=" + GeneratedWorld.MADE_BY + "\nreporters=fourteen\n");
        assertThat(GeneratedWorld.read(temp)).isEmpty();
    }
}
