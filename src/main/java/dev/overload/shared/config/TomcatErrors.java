package dev.overload.shared.config;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Errors Tomcat answers itself, before the application sees the request, are problem+json too. */
@Configuration(proxyBeanMethods = false)
class TomcatErrors {

    /** The host's error report valve, which Tomcat makes by class name when the host starts. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass("dev.overload.shared.web.ProblemErrorReportValve");
            }
        });
    }
}
