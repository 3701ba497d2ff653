package vn.cchcdesk.store.backup;

/**
 * Why a backup was made. Only AUTOMATIC backups rotate (7 daily, 4 weekly, 12 monthly); the
 * others are kept until the clerk deletes them, since each marks a moment worth going back to.
 */
public enum BackupKind {
    /** Taken on a clean exit, and once a day while the app stays open. */
    AUTOMATIC("tu-dong"),
    /** "Sao lưu" pressed by the clerk, to the data folder or any folder (a USB stick). */
    MANUAL("thu-cong"),
    /** The data as it was just before a restore replaced it. */
    BEFORE_RESTORE("truoc-khoi-phuc"),
    /** The data as it was just before a schema migration. */
    BEFORE_MIGRATION("truoc-nang-cap");

    private final String fileTag;

    BackupKind(String fileTag) {
        this.fileTag = fileTag;
    }

    /** The ASCII word in file names ("cchc-desk_2026-05-20_0930_tu-dong.zip"). */
    public String fileTag() {
        return fileTag;
    }
}
