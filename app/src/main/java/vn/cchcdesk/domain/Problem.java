package vn.cchcdesk.domain;

import java.util.List;

/**
 * One reason a value cannot be saved, tied to the field it concerns so the form can point at it.
 * The message is a key of the resource bundle; args fill its placeholders.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
