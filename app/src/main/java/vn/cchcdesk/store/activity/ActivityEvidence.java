package vn.cchcdesk.store.activity;

import java.nio.file.Path;
import java.util.List;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.attachment.AttachedFile;
import vn.cchcdesk.domain.attachment.AttachmentOwner;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.attachment.StagedFile;

/**
 * An activity saved together with its evidence (photos, scans, files): the files are copied and
 * hashed first, outside any transaction, then the activity, its audit line and the file links are
 * written in one transaction; a failure leaves neither the activity nor the files behind.
 */
public final class ActivityEvidence {

    private final ActivityService activities;
    private final AttachmentStore attachments;

    public ActivityEvidence(ActivityService activities, AttachmentStore attachments) {
        this.activities = activities;
        this.attachments = attachments;
    }

    public List<AttachedFile> filesOf(long activityId) {
        return attachments.filesOf(AttachmentOwner.ACTIVITY, activityId);
    }

    /** Saves the activity (new or changed), adds these files and removes those attachments from it. */
    public Activity save(Activity activity, List<Path> add, List<Long> remove) {
        if (add.isEmpty() && remove.isEmpty()) {
            return activities.save(activity);
        }
        List<StagedFile> staged = attachments.stageAll(add);
        try {
            return attachments.withFiles(batch -> {
                Activity saved = activities.save(activity);
                for (Long id : remove) {
                    batch.unlink(AttachmentOwner.ACTIVITY, saved.id(), id);
                }
                for (StagedFile file : staged) {
                    batch.link(AttachmentOwner.ACTIVITY, saved.id(), file);
                }
                return saved;
            });
        } finally {
            staged.forEach(StagedFile::discard);
        }
    }

    /** A copy of an evidence file the system viewer can open (named as the clerk knows it). Off the FX thread. */
    public Path viewableCopy(AttachedFile file) {
        return attachments.viewableCopy(file.attachmentId(), file.name());
    }
}
