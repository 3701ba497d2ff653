package vn.cchcdesk.domain;

import java.util.List;

/** Thrown by a service when a record fails its rules; nothing was written. */
public class ValidationException extends AppException {

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super("validation.failed", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
