package vn.cchcdesk.domain.report;

import java.util.List;
import vn.cchcdesk.domain.catalog.FormGroup;

/**
 * The figures of Biểu 1: directives, each publicity form in catalogue order, tasks, and the
 * visits to the website's CCHC section.
 */
public record Summary(DirectiveFigures directives, List<FormFigures> forms, TaskFigures tasks, Figures websiteVisits) {

    public Summary {
        forms = List.copyOf(forms);
    }

    public List<FormFigures> forms(FormGroup group) {
        return forms.stream().filter(f -> f.group() == group).toList();
    }
}
