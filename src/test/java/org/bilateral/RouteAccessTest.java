package org.bilateral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bilateral.identity.Access;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route a controller maps is covered by an access rule, and only by rules its own capability declares (in the one
 * {@link Access} class of its {@code web} package): a new page is refused to everyone until its module says who may open
 * it, and no module opens another's pages. The workbench host's search box is the one exception: its rule is identity's,
 * because the host cannot depend on identity.
 */
class RouteAccessTest {

    private static final String BASE = "org.bilateral";
    private static final PathPatternParser PARSER = new PathPatternParser();
    /** The modules whose routes another module's rules may decide, and which: the host's search box is identity's. */
    private static final Map<String, String> DECLARED_ELSEWHERE = Map.of("workbench", "identity");

    /** A rule as a module declared it. */
    record Declared(String module, Access.Rule rule) {
        boolean covers(String path) {
            return PARSER.parse(rule.pattern()).matches(PathContainer.parsePath(path));
        }
    }

    @Test
    void everyControllersRouteIsCoveredByItsOwnModulesRule() throws Exception {
        List<Declared> declared = declared();
        Map<String, String> routes = routes();
        assertThat(routes).hasSizeGreaterThan(80);
        List<String> uncovered = new ArrayList<>();
        List<String> trespassed = new ArrayList<>();
        routes.forEach((path, module) -> {
            List<Declared> covering = declared.stream().filter(d -> d.covers(path)).toList();
            if (covering.isEmpty()) {
                uncovered.add(module + " " + path);
            }
            String owner = DECLARED_ELSEWHERE.getOrDefault(module, module);
            covering.stream().filter(d -> !d.module().equals(owner))
                    .forEach(d -> trespassed.add(module + " " + path + " is covered by " + d.module() + "'s " + d.rule().pattern()));
        });
        assertThat(uncovered).as("routes no module's Access declares (refused to everyone until one does)").isEmpty();
        assertThat(trespassed).as("routes another module's rule covers").isEmpty();
    }

    @Test
    void eachCapabilityWithPagesDeclaresItsRulesInOneClassOfItsWebPackage() throws Exception {
        List<String> classes = contributions().stream().map(BeanDefinition::getBeanClassName).sorted().toList();
        assertThat(classes).containsExactly("org.bilateral.alerts.web.AlertsAccess", "org.bilateral.briefs.web.BriefsAccess",
                "org.bilateral.commitments.web.CommitmentsAccess", "org.bilateral.engagements.web.RegisterAccess",
                "org.bilateral.extraction.web.ExtractionAccess", "org.bilateral.hill.web.HillAccess", "org.bilateral.identity.web.IdentityAccess",
                "org.bilateral.offers.web.OffersAccess", "org.bilateral.policy.web.PolicyAccess", "org.bilateral.reference.web.ReferenceAccess",
                "org.bilateral.risk.web.RiskAccess", "org.bilateral.sources.web.SourcesAccess",
                "org.bilateral.tariffs.web.TariffsAccess", "org.bilateral.tradestats.web.StatisticsAccess",
                "org.bilateral.world.web.WorldAccess");
        TreeSet<String> withPages = new TreeSet<>(routes().values());
        withPages.removeAll(DECLARED_ELSEWHERE.keySet());
        assertThat(declared().stream().map(Declared::module).distinct().sorted()).containsAll(withPages);
    }

    @Test
    void aRouteNoRuleCoversIsFound() {
        var balance = new Declared("tradestats", Access.record("/balance"));
        assertThat(balance.covers("/balance")).isTrue();
        assertThat(balance.covers("/balance/1")).isFalse();
        assertThat(new Declared("risk", Access.record("/risk/**")).covers("/risk/products/1")).isTrue();
    }

    private static List<BeanDefinition> contributions() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Access.class));
        return scanner.findCandidateComponents(BASE).stream().filter(RouteAccessTest::ofTheApplication).toList();
    }

    /** A class of the application, not one a test declares for itself (a test's own controller or rules). */
    private static boolean ofTheApplication(BeanDefinition candidate) {
        try {
            Class<?> type = ClassUtils.forName(String.valueOf(candidate.getBeanClassName()), null);
            return !type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every rule of every module's Access, with the module that declares it. */
    private static List<Declared> declared() throws ReflectiveOperationException {
        List<Declared> declared = new ArrayList<>();
        for (BeanDefinition contribution : contributions()) {
            Class<?> type = ClassUtils.forName(String.valueOf(contribution.getBeanClassName()), null);
            Access access = (Access) BeanUtils.instantiateClass(type.getDeclaredConstructor());
            access.rules().forEach(rule -> declared.add(new Declared(module(type), rule)));
        }
        return declared;
    }

    /**
     * Every path a controller maps, its variables filled in as AccessMatrixTest fills them ({type} a download's format,
     * any other an id or a code), with the module of its controller.
     */
    private static Map<String, String> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        Map<String, String> routes = new TreeMap<>();
        for (BeanDefinition controller : scanner.findCandidateComponents(BASE).stream().filter(RouteAccessTest::ofTheApplication).toList()) {
            Class<?> type = ClassUtils.forName(String.valueOf(controller.getBeanClassName()), null);
            RequestMapping shared = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            List<String> prefixes = shared == null || shared.path().length == 0 ? List.of("") : List.of(shared.path());
            for (var method : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                List<String> paths = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
                for (String prefix : prefixes) {
                    for (String path : paths) {
                        String filled = (prefix + path).replaceAll("\\{type[^}]*}", "csv").replaceAll("\\{[^}]*}", "1");
                        routes.put(filled.isEmpty() ? "/" : filled, module(type));
                    }
                }
            }
        }
        return routes;
    }

    private static String module(Class<?> type) {
        return type.getName().substring(BASE.length() + 1).split("\\.")[0];
    }
}
