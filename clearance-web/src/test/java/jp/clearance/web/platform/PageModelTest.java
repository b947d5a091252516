package jp.clearance.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import org.junit.jupiter.api.Test;

class PageModelTest {
    private final List<PageRequest> requests = new ArrayList<>();
    private long total = 45;

    private Page<Long> fetch(PageRequest request) {
        requests.add(request);
        List<Long> rows = LongStream.range(request.first(), Math.min(request.first() + request.size(), total)).boxed()
                .toList();
        return new Page<>(rows, total);
    }

    @Test
    void loadsThePageAskedFor() {
        PageModel<Long> model = new PageModel<>(this::fetch, Long::longValue);
        assertEquals(List.of(20L, 21L), model.load(20, 20, Map.of(), Map.of()).subList(0, 2));
        assertEquals(45, model.getRowCount());
        assertEquals(45, model.count(Map.of()));
        assertEquals(1, requests.size());
    }

    @Test
    void aNarrowerFilterOnALaterPageGivesTheLastPageOfTheNewResult() {
        PageModel<Long> model = new PageModel<>(this::fetch, Long::longValue);
        model.load(40, 20, Map.of(), Map.of());
        total = 3;
        assertEquals(List.of(0L, 1L, 2L), model.load(40, 20, Map.of(), Map.of()));
        assertEquals(3, model.getRowCount());
        assertEquals(0, requests.get(requests.size() - 1).first());
    }

    @Test
    void anEmptyResultStaysEmpty() {
        total = 0;
        PageModel<Long> model = new PageModel<>(this::fetch, Long::longValue);
        assertEquals(List.of(), model.load(0, 20, Map.of(), Map.of()));
        assertEquals(1, requests.size());
    }
}
