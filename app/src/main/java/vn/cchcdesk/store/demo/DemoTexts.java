package vn.cchcdesk.store.demo;

import java.util.List;
import java.util.regex.Pattern;
import vn.cchcdesk.domain.text.RomanNumerals;
import vn.cchcdesk.domain.text.VietnameseText;

/** The words demo data is made of: topics, procedures, events and people of a commune's CCHC year. */
final class DemoTexts {

    private DemoTexts() {
    }

    static final List<String> TOPICS = List.of(
            "Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử",
            "dịch vụ công trực tuyến toàn trình",
            "thanh toán trực tuyến phí, lệ phí thủ tục hành chính",
            "tài khoản định danh điện tử VNeID mức độ 2",
            "Chỉ số hài lòng của người dân, tổ chức (SIPAS)",
            "Chỉ số cải cách hành chính (PAR INDEX)",
            "chuyển đổi số và chính quyền số cấp xã",
            "cải cách thủ tục hành chính",
            "liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
            "liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng mai táng phí",
            "Bộ chỉ số phục vụ người dân, doanh nghiệp",
            "kỷ luật, kỷ cương hành chính",
            "mô hình một cửa, một cửa liên thông",
            "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            "chữ ký số cho cán bộ, công chức",
            "Tổ công nghệ số cộng đồng",
            "bình dân học vụ số",
            "tổ chức chính quyền địa phương hai cấp");

    /** Procedures people ask about, for leaflets, videos and guidance. */
    static final List<String> PROCEDURES = List.of(
            "đăng ký khai sinh trực tuyến", "cấp bản sao trích lục hộ tịch", "chứng thực bản sao điện tử",
            "đăng ký kết hôn", "cấp phiếu lý lịch tư pháp trên VNeID", "đăng ký thường trú trực tuyến",
            "cấp giấy chứng nhận quyền sử dụng đất lần đầu", "đăng ký hộ kinh doanh",
            "nộp hồ sơ trên Cổng Dịch vụ công quốc gia", "thanh toán lệ phí qua ứng dụng ngân hàng",
            "tra cứu tình trạng hồ sơ", "đánh giá mức độ hài lòng sau khi nhận kết quả");

    static final List<String> EVENTS = List.of(
            "Hội nghị triển khai Đề án 06", "Hội nghị triển khai nhiệm vụ cải cách hành chính năm {y}",
            "Hội nghị sơ kết công tác CCHC 6 tháng đầu năm {y}", "Hội nghị tổng kết công tác CCHC năm {y}",
            "Lễ phát động Cuộc thi tìm hiểu về CCHC năm {y}", "Ngày hội chuyển đổi số xã {commune}",
            "Tập huấn kỹ năng hỗ trợ người dân sử dụng dịch vụ công trực tuyến",
            "Tập huấn nghiệp vụ số hóa hồ sơ thủ tục hành chính", "Hội nghị đối thoại với người dân về thủ tục đất đai",
            "Ra quân hỗ trợ người dân kích hoạt VNeID", "Hội nghị giao ban công tác CCHC quý {q}/{y}");

    static final List<String> VILLAGES = List.of("Định Hòa", "Định Ninh", "Tân Lập", "Tân Phúc", "Đông Khê", "Yên Trường");

    static final List<String> FAMILY = List.of("Nguyễn", "Lê", "Trần", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Trịnh", "Mai",
            "Lê Đình", "Hà", "Thiều");
    static final List<String> MIDDLE = List.of("Văn", "Thị", "Đình", "Quốc", "Minh", "Thị Thu", "Xuân", "Hữu", "Ngọc");
    static final List<String> GIVEN = List.of("Hùng", "Hà", "Tuấn", "Lan", "Thành", "Hương", "Dũng", "Nga", "Sơn",
            "Thảo", "Long", "Hải", "Phương", "Cường", "Yến");

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    static String name(Pick pick) {
        return pick.one(FAMILY) + " " + pick.one(MIDDLE) + " " + pick.one(GIVEN);
    }

    /** "Đăng tin Hội nghị" → "dang-tin-hoi-nghi": the last part of an article's address. */
    static String slug(String text, int maxLength) {
        String slug = NOT_SLUG.matcher(VietnameseText.fold(text)).replaceAll("-");
        slug = slug.length() > maxLength ? slug.substring(0, maxLength) : slug;
        return slug.replaceAll("^-+|-+$", "");
    }

    /** Fills {y}, {m}, {q} (Roman), {commune} and {village} in a template. */
    static String fill(String template, int year, int month, String commune, String village) {
        return template.replace("{y}", String.valueOf(year))
                .replace("{m}", String.valueOf(month))
                .replace("{q}", RomanNumerals.of((month - 1) / 3 + 1))
                .replace("{commune}", commune)
                .replace("{village}", village);
    }
}
