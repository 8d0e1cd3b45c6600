package dev.overload.shared.paging;

import dev.overload.shared.errors.InvalidFieldException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PageParamsTests {

    private static final Map<String, String> SORTABLE = Map.of("created_at", "createdAt", "name", "name");
    private static final Sort FALLBACK = Sort.by("id");

    @Test
    void defaultsToTwentyFromTheStartInTheFallbackOrder() {
        Pageable pageable = new PageParams(null, null, null).pageable(SORTABLE, FALLBACK);

        assertThat(pageable.getPageSize()).isEqualTo(20);
        assertThat(pageable.getOffset()).isZero();
        assertThat(pageable.getSort()).isEqualTo(FALLBACK);
    }

    @Test
    void keepsAnOffsetThatIsNotAPageBoundary() {
        Pageable pageable = new PageParams(10, 15, null).pageable(SORTABLE, FALLBACK);

        assertThat(pageable.getOffset()).isEqualTo(15);
        assertThat(pageable.getPageSize()).isEqualTo(10);
        assertThat(pageable.next().getOffset()).isEqualTo(25);
    }

    @Test
    void sortsByNamedFieldsWithMinusForDescendingThenTheFallback() {
        Sort sort = new PageParams(null, null, "-created_at, name").sort(SORTABLE, FALLBACK);

        assertThat(sort).containsExactly(Sort.Order.desc("createdAt"), Sort.Order.asc("name"), Sort.Order.asc("id"));
    }

    @Test
    void refusesToSortByAnythingElseAndSaysWhatIsAllowed() {
        assertThatThrownBy(() -> new PageParams(null, null, "password").sort(SORTABLE, FALLBACK))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("sort");
                    assertThat(e.getMessage()).contains("created_at, name");
                });
    }
}
