package org.bilateral.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilateral.shared.HsCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The WTO Agreement on Agriculture's Annex 1 at its boundaries: each line lies in exactly one scope. */
class ProductScopeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "01012100, AGRICULTURAL",   // live horses: chapter 01
        "02011000, AGRICULTURAL",   // beef
        "03021100, INDUSTRIAL",     // trout: chapter 03, fish
        "05080020, INDUSTRIAL",     // coral and shells: 05.08, fish products
        "05119100, AGRICULTURAL",   // 05.11: not listed as fish in the contract
        "15043000, INDUSTRIAL",     // fish oils: 15.04
        "15079010, AGRICULTURAL",   // soya-bean oil
        "16010010, AGRICULTURAL",   // sausages: 16.01
        "16030010, INDUSTRIAL",     // extracts: 16.03, taken whole
        "16041100, INDUSTRIAL",     // prepared salmon: 16.04
        "16052100, INDUSTRIAL",     // shrimps: 16.05
        "24022010, AGRICULTURAL",   // cigarettes: chapter 24, the last
        "25010010, INDUSTRIAL",     // salt: chapter 25
        "29054300, AGRICULTURAL",   // mannitol
        "29054400, AGRICULTURAL",   // sorbitol
        "29054500, INDUSTRIAL",     // glycerol: beside them, not listed
        "33011200, AGRICULTURAL",   // essential oils of orange: 33.01
        "33021010, INDUSTRIAL",     // odoriferous mixtures: 33.02
        "35051010, AGRICULTURAL",   // dextrins: 35.05
        "35061000, INDUSTRIAL",     // glues: 35.06
        "38091000, AGRICULTURAL",   // finishing agents with a starch base: 3809.10
        "38099100, INDUSTRIAL",     // other finishing agents: 3809.91
        "38231100, AGRICULTURAL",   // stearic acid: 38.23
        "38246000, AGRICULTURAL",   // sorbitol n.e.s.: 3824.60
        "38249100, INDUSTRIAL",     // other chemical mixtures
        "41012000, AGRICULTURAL",   // raw hides: 41.01
        "41041100, INDUSTRIAL",     // tanned hides: 41.04
        "43011000, AGRICULTURAL",   // raw furskins: 43.01
        "43021100, INDUSTRIAL",     // tanned furskins: 43.02
        "50010000, AGRICULTURAL",   // silkworm cocoons
        "50040000, INDUSTRIAL",     // silk yarn: 50.04
        "51011100, AGRICULTURAL",   // greasy wool
        "51041000, INDUSTRIAL",     // garnetted wool: 51.04
        "52010000, AGRICULTURAL",   // raw cotton
        "52041100, INDUSTRIAL",     // cotton sewing thread: 52.04
        "53011000, AGRICULTURAL",   // raw flax
        "53021000, AGRICULTURAL",   // raw hemp
        "53031000, INDUSTRIAL",     // jute: 53.03
        "87032351, INDUSTRIAL",     // a car
    })
    void eachLineLiesInOneScope(String code, ProductScope scope) {
        HsCode line = new HsCode(code);
        assertThat(scope.covers(line)).isTrue();
        ProductScope other = scope == ProductScope.AGRICULTURAL ? ProductScope.INDUSTRIAL : ProductScope.AGRICULTURAL;
        assertThat(other.covers(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}: agricultural {1}, industrial {2}")
    @CsvSource({
        "02, true, false",     // a chapter wholly agricultural
        "03, false, true",     // fish
        "16, false, false",    // meat preparations and fish preparations: straddles the boundary
        "29, false, false",    // chapter 29 holds mannitol and sorbitol
        "2905, false, false",
        "290543, true, false",
        "3809, false, false",
        "84, false, true",
    })
    void aCoarserCodeIsCoveredOnlyWhenItLiesWhollyInTheScope(String code, boolean agricultural, boolean industrial) {
        assertThat(ProductScope.AGRICULTURAL.covers(new HsCode(code))).isEqualTo(agricultural);
        assertThat(ProductScope.INDUSTRIAL.covers(new HsCode(code))).isEqualTo(industrial);
    }
}
