package vn.cchcdesk.domain.collect;

import java.util.List;

/** Something the clerk should know about a whole file ("read as Windows-1258", "hidden sheets skipped"). */
public record Notice(String messageKey, List<Object> args) {

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String messageKey, Object... args) {
        return new Notice(messageKey, List.of(args));
    }
}
