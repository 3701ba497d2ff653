package vn.cchcdesk.ui.documents;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import vn.cchcdesk.domain.text.Formats;

/** The icon of a file by its extension, and its size as a clerk reads it ("1,5 MB", "320 KB"). */
final class FileIcons {

    private FileIcons() {
    }

    static Ikon of(String extension) {
        return switch (extension) {
            case "pdf" -> MaterialDesignF.FILE_PDF_BOX;
            case "doc", "docx", "odt", "rtf" -> MaterialDesignF.FILE_WORD_OUTLINE;
            case "xls", "xlsx", "ods", "csv" -> MaterialDesignF.FILE_EXCEL_OUTLINE;
            case "ppt", "pptx" -> MaterialDesignF.FILE_POWERPOINT_OUTLINE;
            case "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp", "heic" -> MaterialDesignF.FILE_IMAGE_OUTLINE;
            case "mp4", "mov" -> MaterialDesignF.FILE_VIDEO_OUTLINE;
            case "mp3", "m4a", "wav" -> MaterialDesignF.FILE_MUSIC_OUTLINE;
            default -> MaterialDesignF.FILE_OUTLINE;
        };
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return Formats.integer(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return Formats.integer(Math.round(bytes / 1024.0)) + " KB";
        }
        return Formats.decimal(bytes / (1024.0 * 1024.0), 1) + " MB";
    }
}
