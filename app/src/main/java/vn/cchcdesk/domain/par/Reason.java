package vn.cchcdesk.domain.par;

import java.util.Arrays;
import java.util.List;

/**
 * Why a criterion got its points, as a message key and its arguments (the domain has no bundles):
 * the screen and the exported summary show it as a sentence ("4 / 5 chỉ tiêu đạt (80 %) …").
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }
}
