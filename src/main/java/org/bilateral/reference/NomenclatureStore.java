package org.bilateral.reference;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the nomenclature ({@link Nomenclature}): HS codes, sections, sectors and which codes they claim. */
@Repository
class NomenclatureStore {

    /** One HS code: its digits' count is its level; a chapter names its section; the Vietnamese text where there is one. */
    record Code(String code, int level, @Nullable String section, String description, @Nullable String descriptionVi) {
    }

    /** One code a sector claims, at whatever level. */
    record Claim(String code, String sectorId) {
    }

    /** One prefix of a sector's codes. */
    record Prefix(String sectorId, String prefix) {
    }

    private final JdbcClient jdbc;

    NomenclatureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Code> codes() {
        return jdbc.sql("select code, level, section, description, description_vi from hs_code")
                .query((rs, n) -> new Code(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The sections, in the nomenclature's order. */
    List<HsSection> sections() {
        return jdbc.sql("select section, position, name from hs_section order by position")
                .query((rs, n) -> new HsSection(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    /** Every sector's prefixes, in code order. */
    List<Prefix> prefixes() {
        return jdbc.sql("select sector_id, prefix from sector_prefix order by prefix")
                .query((rs, n) -> new Prefix(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The sectors in their order, each with its prefixes (in code order) from those given by sector. */
    List<Sector> sectors(Map<String, List<String>> prefixes) {
        return jdbc.sql("select id, name, description from sector order by position")
                .query((rs, n) -> new Sector(rs.getString(1), rs.getString(2), rs.getString(3),
                        List.copyOf(prefixes.getOrDefault(rs.getString(1), List.of()))))
                .list();
    }

    List<Claim> claims() {
        return jdbc.sql("select code, sector_id from hs_sector")
                .query((rs, n) -> new Claim(rs.getString(1), rs.getString(2)))
                .list();
    }
}
