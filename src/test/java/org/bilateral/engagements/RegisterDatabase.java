package org.bilateral.engagements;

import org.bilateral.extraction.RegisterFixture;
import org.bilateral.identity.AuditTrail;
import org.mockito.Mockito;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data slice for the register's stores and use cases: the workbench's tables on an embedded PostgreSQL of their own,
 * migrated as the workbench migrates them, with no Spring context. One database for every test class of the JVM,
 * emptied before each test.
 */
final class RegisterDatabase {

    /** The lexicon of offices the workbench ships, read once. */
    static final Offices OFFICES = new Offices();

    private RegisterDatabase() {
    }

    /** The register's tables, empty, numbering from 1 again. */
    static synchronized JdbcClient empty() {
        JdbcClient jdbc = org.bilateral.DataSlice.migrated();
        RegisterFixture.clear(jdbc);
        return jdbc;
    }

    /** The merge proposals, telling confirmed merges to these listeners; the audit trail is another module's and not looked at. */
    static MergeProposals merges(JdbcClient jdbc, ApplicationEventPublisher events) {
        return new MergeProposals(new MergeStore(jdbc), events, Mockito.mock(AuditTrail.class));
    }

    static Directory directory(JdbcClient jdbc, MergeProposals merges) {
        return new Directory(new PeopleStore(jdbc), new OrganisationStore(jdbc), merges, OFFICES, Mockito.mock(AuditTrail.class));
    }

    static Engagements engagements(JdbcClient jdbc, MergeProposals merges) {
        return new Engagements(new EngagementStore(jdbc), merges);
    }
}
