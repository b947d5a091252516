package jp.clearance.web.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import jp.clearance.platform.persistence.Page;
import jp.clearance.platform.persistence.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a boundary's paged search: each page is one query for the rows and one
 * for the count, both in the database. The filter is held by the backing bean; the function reads it.
 */
public class PageModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** Fetches a page; serializable because view-scoped beans are. */
    public interface Fetch<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {
    }

    /** Extracts a row's key; serializable because view-scoped beans are. */
    public interface Key<T> extends ToLongFunction<T>, java.io.Serializable {
    }

    private final Fetch<T> fetch;
    private final Key<T> key;
    private int lastTotal = Integer.MAX_VALUE;
    private boolean totalExact = true;
    private List<T> current = List.of();

    public PageModel(Fetch<T> fetch, Key<T> key) {
        this.fetch = fetch;
        this.key = key;
    }

    /** The count is taken with the rows in {@link #load}; until the first load no page is clamped. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastTotal;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            sortField = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        Page<T> page = fetch.apply(new PageRequest(first, pageSize, sortField, ascending));
        if (page.items().isEmpty() && page.total() > 0 && first >= page.total()) {
            // The filter changed while a later page was shown: PrimeFaces clamped the page with the previous total
            // (see count), so it asked beyond the end. Fetch the last page, as it would have with the new total.
            page = fetch.apply(new PageRequest(recalculateFirst(first, pageSize, (int) Math.min(page.total(),
                    Integer.MAX_VALUE)), pageSize, sortField, ascending));
        }
        lastTotal = (int) Math.min(page.total(), Integer.MAX_VALUE);
        totalExact = page.totalExact();
        setRowCount(lastTotal);
        current = page.items();
        return current;
    }

    /** False when the list counted only up to its cap: there are more matches than the total says. */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(key.applyAsLong(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return current.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
