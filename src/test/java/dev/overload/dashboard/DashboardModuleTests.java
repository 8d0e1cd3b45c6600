package dev.overload.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import dev.overload.Rows;
import dev.overload.dashboard.domain.Dashboards;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard on top of the modules it composes. */
@ModuleTest
class DashboardModuleTests {

    @Autowired
    Dashboards dashboards;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoFirstLooksAtOnceMakeOneDashboard() {
        UUID userId = Rows.user(jdbc);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> dashboards.widgets(userId).size());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> dashboards.widgets(userId).size());

        assertThat(first.join()).isEqualTo(8);
        assertThat(second.join()).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from dashboard_widgets where user_id = :user").param("user", userId)
                .query(Long.class).single()).isEqualTo(8);
    }
}
