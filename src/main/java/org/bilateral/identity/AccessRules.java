package org.bilateral.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.util.ClassUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every module's {@link Access} rules together, most specific pattern first: the first whose pattern matches a path
 * decides it. A path no rule names is refused to everyone, and {@code AccessMatrixTest} walks every route the application
 * maps against every role, and {@code RouteAccessTest} every controller's route, so a new page cannot be reachable by
 * accident.
 */
final class AccessRules {

    /** Reading methods: a viewer may use these and no others. */
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private static final PathPatternParser PARSER = new PathPatternParser();

    /** Most specific first, as Spring MVC ranks mappings; as specific rules keep the order they were declared in. */
    private static final Comparator<Rule> MOST_SPECIFIC_FIRST = Comparator.comparing(Rule::pattern,
            PathPattern.SPECIFICITY_COMPARATOR);

    /** One rule as identity applies it, with the class that declared it. */
    record Rule(PathPattern pattern, Audience readers, Audience writers, String declaredBy) {

        /** Whether this request may pass: its method's audience includes its login ({@code null}: nobody logged in). */
        boolean allows(String method, @Nullable Authentication authentication) {
            return (READING.contains(method) ? readers : writers).includes(authentication);
        }
    }

    private final List<Rule> rules;

    /** The contributions, taken in the order of their class names, so that the result does not hang on bean order. */
    AccessRules(List<? extends Access> contributions) {
        List<Rule> all = new ArrayList<>();
        contributions.stream().sorted(Comparator.comparing(AccessRules::declarer)).forEach(contribution -> {
            for (Access.Rule rule : contribution.rules()) {
                all.add(new Rule(PARSER.parse(rule.pattern()), rule.readers(), rule.writers(), declarer(contribution)));
            }
        });
        all.sort(MOST_SPECIFIC_FIRST);
        this.rules = List.copyOf(all);
    }

    private static String declarer(Access contribution) {
        return ClassUtils.getUserClass(contribution).getName();
    }

    /** The rule that decides a request, by its path within the application; empty when none names it. */
    Optional<Rule> ruleFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().filter(r -> r.pattern().matches(container)).findFirst();
    }

    /** All the rules, most specific first. */
    List<Rule> rules() {
        return rules;
    }
}
