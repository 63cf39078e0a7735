package org.bilateral.reference;

import java.util.List;
import org.bilateral.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the country directory ({@link CountryDirectory}): the countries and every variant of their names. */
@Repository
class CountryStore {

    /** A name variant folded for lookup (see {@link org.bilateral.shared.NameKey}) and the country it names. */
    record NameOf(String folded, String alpha2) {
    }

    private final JdbcClient jdbc;

    CountryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Country> countries() {
        return jdbc.sql("""
                select alpha2, alpha3, iso_numeric, m49, comtrade_code, census_code, name from country""")
                .query((rs, n) -> new Country(CountryCode.of(rs.getString(1)), rs.getString(2),
                        (Integer) rs.getObject(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5),
                        rs.getString(6), rs.getString(7)))
                .list();
    }

    List<NameOf> names() {
        return jdbc.sql("select folded, alpha2 from country_name")
                .query((rs, n) -> new NameOf(rs.getString(1), rs.getString(2)))
                .list();
    }
}
