package dev.overload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of one module on its own: only that module (and the modules it uses) is started, on a real
 * (embedded) PostgreSQL with the real migrations, the test SMTP server and the movable clock. The test class
 * lives in the module's root package.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestInfrastructure.class)
@ContextConfiguration(initializers = TestInfrastructure.Initializer.class)
public @interface ModuleTest {
}
