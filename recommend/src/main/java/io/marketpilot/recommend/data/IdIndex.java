package io.marketpilot.recommend.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** A dense, immutable numbering of external string ids (customers or products) as 0..size-1. */
public final class IdIndex {
    private final Map<String, Integer> indexOf;
    private final String[] ids;

    private IdIndex(Map<String, Integer> indexOf, String[] ids) {
        this.indexOf = indexOf;
        this.ids = ids;
    }

    /** Numbers the ids in the order given; a repeated id keeps its first number. */
    public static IdIndex of(List<String> ids) {
        Builder builder = new Builder();
        ids.forEach(builder::add);
        return builder.build();
    }

    public int size() {
        return ids.length;
    }

    /** The number of an id, or -1 when the id is unknown (primitive on purpose: used per request). */
    public int indexOf(String id) {
        Integer index = indexOf.get(id);
        return index == null ? -1 : index;
    }

    public OptionalInt find(String id) {
        int index = indexOf(id);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public String id(int index) {
        return ids[index];
    }

    public List<String> ids() {
        return List.of(ids);
    }

    static final class Builder {
        private final Map<String, Integer> indexOf = new HashMap<>();
        private final List<String> ids = new ArrayList<>();

        int add(String id) {
            Integer known = indexOf.putIfAbsent(id, ids.size());
            if (known != null) {
                return known;
            }
            ids.add(id);
            return ids.size() - 1;
        }

        IdIndex build() {
            return new IdIndex(Map.copyOf(indexOf), ids.toArray(String[]::new));
        }
    }
}
