package org.bilateral.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReferenceLocationTest {

    @Test
    void nothingConfiguredMeansTheSharedFolderBesideTheRepository() {
        assertThat(ReferenceLocation.of(null).base()).isEqualTo("../shared/data");
        assertThat(ReferenceLocation.of("  ").base()).isEqualTo("../shared/data");
    }

    @Test
    void aWebOrFileAddressIsTakenAsItIsAndAFolderIsDescribedByItsWholePath() {
        assertThat(ReferenceLocation.of(" https://mirror.example/ref ").isUrl()).isTrue();
        assertThat(ReferenceLocation.of("file:/srv/ref").describe()).isEqualTo("file:/srv/ref");
        assertThat(ReferenceLocation.of("src/test/resources/reference").describe())
                .isEqualTo(Path.of("src/test/resources/reference").toAbsolutePath().normalize().toString());
    }

    @Test
    void aFolderExistsWhenItHoldsTheCountriesFile() {
        assertThat(ReferenceLocation.of("src/test/resources/reference").exists()).isTrue();
        assertThat(ReferenceLocation.of("src/test/resources").exists()).isFalse();
    }
}
