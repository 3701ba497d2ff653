package vn.cchcdesk.domain.task;

import vn.cchcdesk.domain.text.VietnameseText;

/**
 * A unit's part in a task, as the directive writes it ("Phòng Văn hóa - Xã hội" leads), linked
 * to the catalogue unit when it is one; a body outside the catalogue keeps only its text.
 */
public record Assignment(Long unitId, String unitText, AssignmentRole role) {

    public Assignment {
        unitText = VietnameseText.clean(unitText);
    }
}
