package dev.overload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test that uses the running service over real HTTP, on a real (embedded) PostgreSQL with the real
 * migrations, with a real SMTP server (GreenMail) and a clock the test can move. All such tests share one
 * application context; each makes its own users, so tests neither clean up nor depend on each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestInfrastructure.class)
@ContextConfiguration(initializers = TestInfrastructure.Initializer.class)
public @interface ApiTest {
}
