package dev.overload.planning.domain;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgressionConfiguration {

    /** Plates come in steps; progressed weights are rounded to what can be loaded. */
    @Bean
    ProgressionEngine progressionEngine(@Value("${overload.progression.rounding-kg:0.25}") BigDecimal roundingKg) {
        return new ProgressionEngine(roundingKg);
    }
}
