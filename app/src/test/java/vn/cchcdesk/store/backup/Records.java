package vn.cchcdesk.store.backup;

import java.util.ArrayList;
import java.util.List;
import vn.cchcdesk.App;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.document.Document;
import vn.cchcdesk.domain.document.DocumentNumber;
import vn.cchcdesk.domain.document.DocumentType;
import vn.cchcdesk.domain.document.PartialDate;
import vn.cchcdesk.domain.document.Recipient;
import vn.cchcdesk.domain.document.RecipientKind;
import vn.cchcdesk.domain.document.RegisterEntry;
import vn.cchcdesk.domain.document.Signer;
import vn.cchcdesk.domain.task.Assignment;
import vn.cchcdesk.domain.task.AssignmentRole;
import vn.cchcdesk.domain.task.Task;
import vn.cchcdesk.domain.task.Timeframe;

/** Real records written through the services, for backup, restore and crash tests. */
public final class Records {

    private Records() {
    }

    /** An outgoing plan of the commune numbered n, with its tasks. */
    public static DocumentAndTasks plan(int n, int taskCount) {
        return plan(n, taskCount, null);
    }

    /** With the text read from its file (long texts fill a disk quickly). */
    public static DocumentAndTasks plan(int n, int taskCount, String fullText) {
        Document document = new Document(null, Direction.OUT, DocumentType.KE_HOACH,
                DocumentNumber.parse(n + "/KH-UBND").orElseThrow(), new PartialDate(1 + n % 28, 1 + n % 12, 2026), "Định Tân", null,
                "Ủy ban nhân dân xã Định Tân", "Kế hoạch tuyên truyền cải cách hành chính số " + n,
                new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thiều Sỹ Hưng"),
                List.of(new Recipient(RecipientKind.ADDRESSEE, null, "Các thôn, tổ dân phố")), List.of(), RegisterEntry.empty(),
                fullText, null);
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= taskCount; i++) {
            tasks.add(new Task(null, null, null, "Nhiệm vụ " + i + " của kế hoạch " + n + ": phát thanh về thủ tục hành chính",
                    Timeframe.none(), null, null, null, 0, List.of(new Assignment(null, "Đài truyền thanh xã", AssignmentRole.LEAD))));
        }
        return new DocumentAndTasks(document, tasks);
    }

    public record DocumentAndTasks(Document document, List<Task> tasks) {
        public long register(App app) {
            return app.documents().register(document, tasks).document().id();
        }
    }

    public static void plans(App app, int from, int to) {
        for (int n = from; n <= to; n++) {
            plan(n, 2).register(app);
        }
    }
}
