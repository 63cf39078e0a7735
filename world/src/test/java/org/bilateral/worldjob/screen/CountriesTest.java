package org.bilateral.worldjob.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountriesTest {

    @TempDir
    Path dir;

    @Test
    void everyM49CodeOfACountryCountsAsThatCountry() throws IOException {
        Path file = dir.resolve("COUNTRIES.csv");
        // France is 250 in M49 and 251 in Comtrade's bulk files
        Files.writeString(file, "m49,iso2\n156,CN\n250,FR\n251,FR\n842,US\n");

        Countries countries = Countries.read(file.toString());

        assertThat(countries.codesOf("FR")).containsExactly(250, 251);
        assertThat(countries.iso(899)).isEmpty();
    }

    @Test
    void aLineThatIsNoCountryIsRefusedNamingItsLineAndField() throws IOException {
        Path file = dir.resolve("COUNTRIES.csv");
        Files.writeString(file, "m49,iso2\n156,CN\nUSA,US\n704,Vietnam\n");

        assertThatThrownBy(() -> Countries.read(file.toString())).isInstanceOf(Refused.class)
                .hasMessage("COUNTRIES.csv, line 3, field m49: \"USA\" is not an M49 code; "
                        + "COUNTRIES.csv, line 4, field iso2: \"Vietnam\" is not a two-letter code");
    }
}
