package vn.cchcdesk.domain.task;

/**
 * A unit's part in a task (Nghị định 30, Điều 23): it leads (chủ trì), supports (phối hợp), or —
 * for bodies the commune cannot command, such as the Fatherland Front — is requested (đề nghị).
 */
public enum AssignmentRole {
    LEAD, SUPPORT, REQUESTED
}
