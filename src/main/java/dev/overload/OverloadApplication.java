package dev.overload;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class OverloadApplication {

    public static void main(String[] args) {
        SpringApplication.run(OverloadApplication.class, args);
    }
}
