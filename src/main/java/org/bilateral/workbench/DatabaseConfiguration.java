package org.bilateral.workbench;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    WorkbenchDatabase workbenchDatabase(WorkbenchProperties properties) {
        return WorkbenchDatabase.open(properties);
    }

    @Bean
    DataSource dataSource(WorkbenchDatabase database) {
        return database.dataSource();
    }
}
