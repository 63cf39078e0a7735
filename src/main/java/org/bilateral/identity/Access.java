package org.bilateral.identity;

import java.util.List;

/**
 * A module's word on who may open its routes, as it contributes its commands ({@code workbench.CliCommand}) and its
 * search results ({@code shared.Findable}): each capability declares the rules of its own pages and API in one bean of
 * its {@code web} package (for example {@code tradestats.web.StatisticsAccess}), and identity decides every request by
 * them. The most specific pattern that matches a path decides, as Spring MVC picks a handler: {@code /reporting/status}
 * before {@code /reporting/**}, whichever module or line declares them. A route no module declares is refused to everyone,
 * administrators too.
 */
public interface Access {

    /** The rules of this module's routes. */
    List<Rule> rules();

    /**
     * One rule: the paths it covers, as a Spring path pattern ({@code /deals/**}, {@code /balance.*}), who may read them
     * (GET, HEAD, OPTIONS) and who may do anything else (POST, PUT, DELETE).
     */
    record Rule(String pattern, Audience readers, Audience writers) {
    }

    /** Open to anyone, logged in or not. */
    static Rule open(String pattern) {
        return new Rule(pattern, Audience.ANYONE, Audience.ANYONE);
    }

    /** Part of the record: the ministry reads it, its editors change it. */
    static Rule record(String pattern) {
        return new Rule(pattern, Audience.MINISTRY, Audience.EDITORS);
    }

    /** Any other rule: who reads, who changes. */
    static Rule rule(String pattern, Audience readers, Audience writers) {
        return new Rule(pattern, readers, writers);
    }
}
