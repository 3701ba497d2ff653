package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.catalog.UnitKind;

/** Against the units the application ships (V2__reference_data.sql), read from the migration itself. */
class UnitMatcherTest {

    private static final Pattern UNIT_ROW = Pattern.compile(
            "\\('([^']*)',\\s*'[^']*',\\s*'([^']*)',\\s*'([A-Z_]+)',\\s*'([^']*)',\\s*(\\d+)\\)");

    private static UnitMatcher matcher;

    @BeforeAll
    static void loadCatalogue() throws IOException {
        String sql;
        try (InputStream in = UnitMatcherTest.class.getResourceAsStream("/db/migration/V2__reference_data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String units = sql.substring(sql.indexOf("INSERT INTO unit"), sql.indexOf(");\n", sql.indexOf("INSERT INTO unit")) + 2);
        List<Unit> catalogue = new ArrayList<>();
        Matcher m = UNIT_ROW.matcher(units);
        while (m.find()) {
            catalogue.add(new Unit((long) catalogue.size() + 1, m.group(1), m.group(2), UnitKind.valueOf(m.group(3)),
                    Arrays.asList(m.group(4).split(";")), Integer.parseInt(m.group(5)), true));
        }
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(12);
        matcher = new UnitMatcher(catalogue);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VHXH|Phòng Văn hóa - Xã hội",
            "Phòng VH-XH|Phòng Văn hóa - Xã hội",
            "Phòng Văn hóa - Xã hội|Phòng Văn hóa - Xã hội",
            "phòng Văn hóa xã hội|Phòng Văn hóa - Xã hội",
            "PHÒNG VĂN HOÁ - XÃ HỘI|Phòng Văn hóa - Xã hội",
            "Phòng Văn hóa - xã hội|Phòng Văn hóa - Xã hội",
            "Trung tâm Dịch vụ Sự nghiệp công xã|Trung tâm Dịch vụ sự nghiệp công",
            "Trung tâm cung ứng dịch vụ công|Trung tâm Dịch vụ sự nghiệp công",
            "Trung tâm sự nghiệp công xã Tân Minh|Trung tâm Dịch vụ sự nghiệp công",
            "TTDVSNC|Trung tâm Dịch vụ sự nghiệp công",
            "Trung tâm phục vụ hành chính công của xã|Trung tâm Phục vụ hành chính công",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã|Văn phòng HĐND và UBND",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã|Ủy ban MTTQ Việt Nam xã",
            "Đoàn Thanh niên xã|Đoàn Thanh niên xã",
            "Hội Liên hiệp Phụ nữ|Hội Liên hiệp Phụ nữ xã",
            "Phòng Kinh tế|Phòng Kinh tế",
            "Ban CHQS xã|Ban Chỉ huy Quân sự xã"})
    void writtenFormsFindTheirUnit(String written, String unit) {
        assertThat(matcher.match(written)).hasValueSatisfying(m -> {
            assertThat(m.unit().name()).isEqualTo(unit);
            assertThat(m.confidence()).isBetween(UnitMatcher.MIN_CONFIDENCE, 1.0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "các phòng chuyên môn, trung tâm", "Các cơ quan, đơn vị", "các thôn",
            "Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội",
            "Sở Văn hóa, Thể thao và Du lịch", "Phòng Văn hóa và Thông tin huyện", "Bộ Nội vụ", " "})
    void groupsAndOtherBodiesMatchNothing(String written) {
        assertThat(matcher.match(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Phòng Văn hóa - Xã hội|1.0", "Trung tâm phục vụ hành chính công của xã|0.95"})
    void anExactMatchIsSurerThanAnApproximateOne(String written, double confidence) {
        assertThat(matcher.match(written).orElseThrow().confidence()).isEqualTo(confidence);
    }
}
