package dev.overload.scheduling.web;

import dev.overload.shared.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

    /** Calendar apps subscribe without a bearer token: the feed's secret is in its URL. */
    @Bean
    PublicEndpoints calendarFeed() {
        return PublicEndpoints.reads("/api/calendar.ics");
    }
}
