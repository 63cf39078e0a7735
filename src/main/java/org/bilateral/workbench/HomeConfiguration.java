package org.bilateral.workbench;

import org.bilateral.doors.Uploads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the door kit keeps under the workbench's home: the host knows where home is, the kit does not. */
@Configuration(proxyBeanMethods = false)
class HomeConfiguration {

    @Bean
    Uploads uploads(WorkbenchProperties properties) {
        return new Uploads(properties.home());
    }
}
