package dev.overload.shared.paging;

import java.util.List;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;

/**
 * One page of a list and the size of the whole list. Lists are answered as a JSON array with the total in
 * the {@code X-Total-Count} header, the shape the seed-004 API uses for its lists.
 */
public record ResultPage<T>(List<T> items, long total) {

    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    public static <T> ResultPage<T> of(org.springframework.data.domain.Page<T> page) {
        return new ResultPage<>(page.getContent(), page.getTotalElements());
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), total);
    }

    public ResponseEntity<List<T>> toResponse() {
        return ResponseEntity.ok().header(TOTAL_COUNT_HEADER, Long.toString(total)).body(items);
    }
}
