package dev.overload.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** After the tests: how many responses {@link OpenApiContract} checked, in target/contract-validation.txt. */
public class ContractReport implements TestExecutionListener {

    private static final Path REPORT = Path.of("target/contract-validation.txt");

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String line = OpenApiContract.summary();
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(line);
    }
}
