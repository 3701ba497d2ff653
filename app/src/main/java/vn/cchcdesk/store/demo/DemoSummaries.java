package vn.cchcdesk.store.demo;

import java.time.LocalDate;
import vn.cchcdesk.domain.document.DocumentType;

/** Summaries (trích yếu) of CCHC documents, by type, as they are written under the number. */
final class DemoSummaries {

    private DemoSummaries() {
    }

    /** A công văn's summary follows "V/v" and starts in lower case; other types name their subject. */
    static String incoming(Pick pick, DocumentType type, LocalDate date) {
        String topic = pick.one(DemoTexts.TOPICS);
        String text = switch (type) {
            case CONG_VAN -> pick.one("đẩy mạnh công tác thông tin, tuyên truyền cải cách hành chính năm {y}",
                    "báo cáo kết quả công tác cải cách hành chính quý {q} năm {y}",
                    "tăng cường tuyên truyền về " + topic,
                    "triển khai thực hiện " + topic,
                    "hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {y}",
                    "đôn đốc thực hiện nhiệm vụ cải cách hành chính trọng tâm năm {y}");
            case KE_HOACH -> pick.one("Tuyên truyền cải cách hành chính năm {y}", "Cải cách hành chính năm {y}",
                    "Kiểm soát thủ tục hành chính năm {y}", "Triển khai " + topic + " năm {y}",
                    "Thông tin, tuyên truyền về chuyển đổi số năm {y}");
            case QUYET_DINH -> pick.one("Công bố Chỉ số cải cách hành chính năm {p} của các sở, ban, ngành và UBND cấp xã",
                    "Ban hành Kế hoạch cải cách hành chính giai đoạn 2026 - 2030",
                    "Công bố danh mục thủ tục hành chính thực hiện tiếp nhận hồ sơ trực tuyến toàn trình",
                    "Phê duyệt Đề án tuyên truyền cải cách hành chính giai đoạn 2026 - 2030");
            case HUONG_DAN -> pick.one("Hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính cấp xã năm {y}",
                    "Hướng dẫn chế độ báo cáo công tác cải cách hành chính định kỳ",
                    "Hướng dẫn tuyên truyền về " + topic);
            case CHI_THI -> pick.one("Tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ",
                    "Đẩy mạnh cải cách hành chính, nâng cao Chỉ số hài lòng của người dân năm {y}");
            case THONG_BAO -> pick.one("Kết luận của Chủ tịch UBND tỉnh tại Hội nghị trực tuyến về cải cách hành chính quý {q}/{y}",
                    "Kết quả kiểm tra công tác cải cách hành chính năm {y}");
            case NGHI_QUYET -> pick.one("Lãnh đạo đẩy mạnh cải cách hành chính, chuyển đổi số năm {y}",
                    "Về nhiệm vụ trọng tâm năm {y}");
            case CHUONG_TRINH -> "Chương trình hành động thực hiện Nghị quyết về cải cách hành chính năm {y}";
            case BAO_CAO -> "Sơ kết công tác lãnh đạo cải cách hành chính 6 tháng đầu năm {y}";
            default -> "Về " + topic;
        };
        return fill(text, date);
    }

    static String outgoing(Pick pick, DocumentType type, LocalDate date, String place) {
        String topic = pick.one(DemoTexts.TOPICS);
        String text = switch (type) {
            case CONG_VAN -> pick.one("triển khai công tác thông tin, tuyên truyền cải cách hành chính năm {y}",
                    "đôn đốc báo cáo kết quả tuyên truyền CCHC quý {q} năm {y}",
                    "tăng cường tuyên truyền về " + topic,
                    "phân công nhiệm vụ tuyên truyền về " + topic,
                    "cung cấp tin, bài cho Trang thông tin điện tử xã");
            case KE_HOACH -> pick.one("Tổ chức Cuộc thi tìm hiểu về cải cách hành chính năm {y}",
                    "Triển khai " + topic + " trên địa bàn xã năm {y}",
                    "Chuyển đổi số xã " + place + " năm {y}", "Kiểm soát thủ tục hành chính năm {y}");
            case BAO_CAO -> pick.one("Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý {q} năm {y}",
                    "Kết quả thực hiện công tác cải cách hành chính quý {q} năm {y}",
                    "Kết quả triển khai " + topic);
            case QUYET_DINH -> pick.one("Thành lập Tổ tuyên truyền cải cách hành chính xã " + place,
                    "Kiện toàn Ban Chỉ đạo cải cách hành chính xã " + place,
                    "Ban hành Quy chế hoạt động của Tổ công nghệ số cộng đồng");
            case THONG_BAO -> "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban công tác CCHC quý {q}/{y}";
            case GIAY_MOI -> pick.one("Dự Hội nghị triển khai nhiệm vụ cải cách hành chính năm {y}",
                    "Dự Hội nghị đối thoại với người dân về thủ tục hành chính");
            default -> "Về " + topic;
        };
        return fill(text, date);
    }

    /** The commune's yearly publicity plan: the document its tasks and targets come from. */
    static String yearlyPlan(int year) {
        return "Thông tin, tuyên truyền cải cách hành chính năm " + year;
    }

    private static String fill(String text, LocalDate date) {
        return DemoTexts.fill(text.replace("{p}", String.valueOf(date.getYear() - 1)), date.getYear(), date.getMonthValue(), "", "");
    }
}
