package org.bilateral.workbench;

import javax.sql.DataSource;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    WorkbenchDatabase workbenchDatabase(WorkbenchProperties properties) {
        return WorkbenchDatabase.open(properties);
    }

    /**
     * A one-off command starts lazily (LaunchArguments), but the database is migrated on every start as before, whatever
     * the command reads and however it reads it (a store on the DataSource alone would not wait for Flyway otherwise).
     */
    @Bean
    static LazyInitializationExcludeFilter migrationsOnEveryStart() {
        return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
    }

    @Bean
    DataSource dataSource(WorkbenchDatabase database) {
        return database.dataSource();
    }
}
