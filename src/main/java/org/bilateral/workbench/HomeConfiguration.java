package org.bilateral.workbench;

import org.bilateral.doors.Uploads;
import org.bilateral.sources.SourceKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** What the door kit keeps under the workbench's home: the host knows where home is, the kit does not. */
@Configuration(proxyBeanMethods = false)
class HomeConfiguration {

    @Bean
    Uploads uploads(WorkbenchProperties properties) {
        return new Uploads(properties.home());
    }

    @Bean
    SourceKeys sourceKeys(WorkbenchProperties properties, Environment environment) {
        return new SourceKeys(environment, properties.home());
    }
}
