package org.bilateral.reference;

import java.util.List;
import java.util.Map;
import org.bilateral.reference.ReferenceTables.CountryName;
import org.bilateral.reference.ReferenceTables.CountryRow;
import org.bilateral.reference.ReferenceTables.HsRow;
import org.bilateral.reference.ReferenceTables.SectorRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind loading reference data: what was there goes, the files' rows come in. Runs in the caller's transaction. */
@Repository
class ReferenceStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ReferenceStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.batch = new NamedParameterJdbcTemplate(template);
    }

    boolean isLoaded() {
        return jdbc.sql("select count(*) from country").query(Long.class).single() > 0;
    }

    /** Empties the reference tables, those that point at others first. */
    void clear() {
        for (String table : List.of("hs_sector", "sector_prefix", "sector", "hs_code", "hs_section", "country_name", "country")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    void countries(Iterable<CountryRow> countries, List<CountryName> names) {
        for (CountryRow c : countries) {
            jdbc.sql("""
                            insert into country (alpha2, alpha3, iso_numeric, m49, comtrade_code, census_code, name, official_name)
                            values (:alpha2, :alpha3, :iso, :m49, :comtrade, :census, :name, :official)""")
                    .param("alpha2", c.alpha2).param("alpha3", c.alpha3).param("iso", c.isoNumeric).param("m49", c.m49)
                    .param("comtrade", c.comtradeCode).param("census", c.censusCode).param("name", c.name)
                    .param("official", c.officialName).update();
        }
        batch.batchUpdate("insert into country_name (folded, alpha2, name) values (:folded, :alpha2, :name)",
                names.stream().map(n -> (SqlParameterSource) new MapSqlParameterSource().addValue("folded", n.folded())
                        .addValue("alpha2", n.alpha2()).addValue("name", n.name())).toArray(SqlParameterSource[]::new));
    }

    /** The sections in their order (numbered from 1) and the codes under them. */
    void nomenclature(Map<String, String> sections, List<HsRow> codes) {
        int position = 0;
        for (Map.Entry<String, String> s : sections.entrySet()) {
            jdbc.sql("insert into hs_section (section, position, name) values (:section, :position, :name)")
                    .param("section", s.getKey()).param("position", ++position).param("name", s.getValue()).update();
        }
        batch.batchUpdate("insert into hs_code (code, level, parent, section, description) values (:code, :level, :parent, :section, :description)",
                codes.stream().map(c -> (SqlParameterSource) new MapSqlParameterSource().addValue("code", c.code()).addValue("level", c.level())
                        .addValue("parent", c.parent()).addValue("section", c.section()).addValue("description", c.description()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** The Vietnamese description shown for each code that has one, beside the English one. */
    void vietnamese(Map<String, String> descriptions) {
        batch.batchUpdate("update hs_code set description_vi = :vi where code = :code",
                descriptions.entrySet().stream().map(e -> (SqlParameterSource) new MapSqlParameterSource().addValue("code", e.getKey())
                        .addValue("vi", e.getValue())).toArray(SqlParameterSource[]::new));
    }

    /** The sectors in their order (numbered from 1), their prefixes, and the sector each code counts in. */
    void sectors(List<SectorRow> sectors, Map<String, String> sectorOfCode) {
        int position = 0;
        for (SectorRow sector : sectors) {
            jdbc.sql("insert into sector (id, position, name, description) values (:id, :position, :name, :description)")
                    .param("id", sector.id()).param("position", ++position).param("name", sector.name())
                    .param("description", sector.description()).update();
            for (String prefix : sector.prefixes()) {
                jdbc.sql("insert into sector_prefix (sector_id, prefix) values (:sector, :prefix)").param("sector", sector.id())
                        .param("prefix", prefix).update();
            }
        }
        batch.batchUpdate("insert into hs_sector (code, sector_id) values (:code, :sector)",
                sectorOfCode.entrySet().stream().map(e -> (SqlParameterSource) new MapSqlParameterSource().addValue("code", e.getKey())
                        .addValue("sector", e.getValue())).toArray(SqlParameterSource[]::new));
    }

    /** What was loaded from where, with the files' checksum, for the record. */
    void loaded(String location, String checksum, int countries, int codes, int sectors) {
        jdbc.sql("""
                        insert into reference_load (location, checksum, countries, hs_codes, sectors)
                        values (:location, :checksum, :countries, :codes, :sectors)""")
                .param("location", location).param("checksum", checksum).param("countries", countries).param("codes", codes)
                .param("sectors", sectors).update();
    }
}
