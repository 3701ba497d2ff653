package vn.cchcdesk.store.demo;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;

/**
 * How much demo data to make: the counts, over how many years (the last ones, ending today), and
 * the seed that makes a run repeatable.
 */
public record DemoSpec(int activities, int documents, int tasks, int years, long seed) {

    public static final int MAX_ACTIVITIES = 5_000_000;
    public static final int MAX_DOCUMENTS = 500_000;
    public static final int MAX_YEARS = 25;

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        range(problems, "activities", activities, 0, MAX_ACTIVITIES);
        range(problems, "documents", documents, 0, MAX_DOCUMENTS);
        range(problems, "tasks", tasks, 0, MAX_DOCUMENTS);
        range(problems, "years", years, 1, MAX_YEARS);
        if (tasks > 0 && documents == 0) {
            // tasks belong to a directive: without documents there is nothing to give them
            problems.add(Problem.of("tasks", "data.demo.tasksNeedDocuments"));
        }
        return problems;
    }

    private static void range(List<Problem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(Problem.of(field, "validation.range", min, max));
        }
    }
}
