package org.bilateral.commitments.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bilateral.commitments.Instrument;
import org.bilateral.commitments.PurchaseCommitments;
import org.bilateral.commitments.ReportedDeal;
import org.bilateral.commitments.ReportedValue;
import org.bilateral.engagements.Directory;
import org.bilateral.engagements.OrganisationKind;
import org.bilateral.extraction.RegisterFixture;
import org.bilateral.identity.Role;
import org.bilateral.identity.UserAccounts;
import org.bilateral.shared.HsCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two enterprises with a deal each and a reporter account each: the airline reports for Vietnam Airlines, the feed mill
 * for Khai Anh Binh Thuan.
 */
public final class TwoEnterprises {

    public static final String PASSWORD = "reporter-password-1";

    public final long airline;
    public final long feedMill;
    public final long aircraftDeal;
    public final long soybeanDeal;

    private TwoEnterprises(long airline, long feedMill, long aircraftDeal, long soybeanDeal) {
        this.airline = airline;
        this.feedMill = feedMill;
        this.aircraftDeal = aircraftDeal;
        this.soybeanDeal = soybeanDeal;
    }

    public static TwoEnterprises create(JdbcClient jdbc, Directory directory, PurchaseCommitments commitments, UserAccounts accounts,
                                 EnterpriseReporting reporting) {
        RegisterFixture.clear(jdbc);
        jdbc.sql("delete from app_user where role = 'REPORTER'").update();
        long airline = directory.recordOrganisation(new Directory.RecordOrganisation("Vietnam Airlines", null, "VN", OrganisationKind.COMPANY)).value();
        long feedMill = directory.recordOrganisation(new Directory.RecordOrganisation("Khai Anh Binh Thuan", null, "VN", OrganisationKind.COMPANY)).value();
        long boeing = directory.recordOrganisation(new Directory.RecordOrganisation("Boeing", null, "US", OrganisationKind.COMPANY)).value();
        long agp = directory.recordOrganisation(new Directory.RecordOrganisation("AGP", null, "US", OrganisationKind.COMPANY)).value();
        long aircraft = record(commitments, airline, boeing, "737 MAX 8", "880240", 50L, "aircraft", "12000000000", Instrument.PURCHASE_AGREEMENT);
        long soybeans = record(commitments, feedMill, agp, "soybean meal", "230400", 1_000_000L, "t", "380000000", Instrument.MOU);
        accounts.create("airline", PASSWORD, Role.REPORTER);
        accounts.create("feedmill", PASSWORD, Role.REPORTER);
        reporting.link("airline", airline);
        reporting.link("feedmill", feedMill);
        return new TwoEnterprises(airline, feedMill, aircraft, soybeans);
    }

    private static long record(PurchaseCommitments commitments, long buyer, long seller, String item, String hs, Long quantity, String unit,
                               String usd, Instrument instrument) {
        return commitments.record(new ReportedDeal(new Directory.OrganisationId(buyer), new Directory.OrganisationId(seller),
                List.of(new ReportedDeal.Item(item, HsCode.of(hs))), null, quantity, unit, ReportedValue.usd(new BigDecimal(usd), null), instrument,
                null, LocalDate.of(2026, 2, 18), null, false,
                new ReportedDeal.Source("user", null, "test", null, null, null, null, null), null)).deal().value();
    }
}
