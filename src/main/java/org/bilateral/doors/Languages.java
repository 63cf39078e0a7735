package org.bilateral.doors;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The workbench in Vietnamese or English: {@code ?lang=vi} or {@code ?lang=en} (the switch in the navigation) chooses,
 * a cookie remembers the choice for a year; without one, the browser's own preference between the two decides, and
 * English where it names neither.
 */
@Configuration
class Languages implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    static {
        // outside a request (a command, a scheduled job) figures are written in English, whatever the machine's language
        org.springframework.context.i18n.LocaleContextHolder.setDefaultLocale(Locale.ENGLISH);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("bilateral-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(Sayings::asked);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
