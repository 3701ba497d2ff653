package vn.cchcdesk.domain.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.text.VietnameseText;

/** A dated line of how a task is going ("12/05: VHXH đã gửi dự thảo kế hoạch"). */
public record ProgressNote(LocalDate notedOn, String text) {

    public static final int TEXT_MAX = 4000;

    public ProgressNote {
        text = VietnameseText.clean(text == null ? "" : text);
    }

    public List<Problem> validate(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (notedOn == null) {
            problems.add(Problem.of("notes", "tasks.validation.noteDate"));
        } else if (notedOn.isAfter(today)) {
            problems.add(Problem.of("notes", "tasks.validation.noteInFuture"));
        }
        if (text.isEmpty()) {
            problems.add(Problem.of("notes", "tasks.validation.noteText"));
        } else if (text.length() > TEXT_MAX) {
            problems.add(Problem.of("notes", "validation.tooLong", TEXT_MAX));
        }
        return problems;
    }
}
