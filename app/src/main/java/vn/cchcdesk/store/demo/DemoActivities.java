package vn.cchcdesk.store.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cchcdesk.domain.activity.Activity;
import vn.cchcdesk.domain.catalog.PublicityForm;
import vn.cchcdesk.domain.catalog.Unit;

/**
 * Publicity activities spread over the years, every unit and every form, each unit leaning to
 * the forms it really uses (the centre runs the radio, villages hold meetings, the one-stop
 * centre has the screen), with titles, counts and links that look like a clerk's log.
 */
final class DemoActivities {

    /** What activities may point at: the year's plan, its targets, and the tasks each unit has. */
    record Links(Map<Integer, Long> planByYear, Map<String, Long> targetByYearAndForm,
                 Map<String, List<Long>> tasksByYearAndUnit) {

        static String key(int year, long id) {
            return year + ":" + id;
        }
    }

    private static final String[] NOTES = {"Có ảnh minh chứng kèm theo.", "Số liệu do đơn vị báo cáo.",
        "Phối hợp với Đoàn Thanh niên xã.", "Lồng ghép với tuyên truyền chuyển đổi số.", "Đã đăng lại trên Zalo OA xã."};

    private final Pick pick;
    private final List<Unit> units;
    private final List<PublicityForm> forms;
    private final String place;
    private final String host;
    private final Links links;
    private final int[] unitWeights;
    private final int[][] formWeights;

    DemoActivities(Pick pick, List<Unit> units, List<PublicityForm> forms, String place, String host, Links links) {
        this.pick = pick;
        this.units = units;
        this.forms = forms;
        this.place = place;
        this.host = host;
        this.links = links;
        this.unitWeights = units.stream().mapToInt(DemoActivities::unitWeight).toArray();
        this.formWeights = units.stream().map(u -> forms.stream().mapToInt(f -> formWeight(u, f)).toArray()).toArray(int[][]::new);
    }

    /** {@code count} activities between the two dates, in date order. */
    List<Activity> make(int count, LocalDate from, LocalDate to) {
        List<Activity> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            made.add(one(pick.workingDay(from, to)));
        }
        made.sort(Comparator.comparing(Activity::date));
        return made;
    }

    private Activity one(LocalDate date) {
        int u = pick.weighted(unitWeights);
        Unit unit = units.get(u);
        PublicityForm form = forms.get(pick.weighted(formWeights[u]));
        String topic = pick.one(DemoTexts.TOPICS);
        String procedure = pick.one(DemoTexts.PROCEDURES);
        String village = pick.one(DemoTexts.VILLAGES);
        String event = DemoTexts.fill(pick.one(DemoTexts.EVENTS), date.getYear(), date.getMonthValue(), place, village);
        int quantity = 1;
        Integer minutes = null;
        Integer participants = null;
        Long cost = null;
        String link = null;
        String title;
        switch (form.code()) {
            case "RADIO" -> {
                title = pick.one("Phát thanh chuyên mục CCHC tháng {m}/{y}", "Phát thanh tin tuyên truyền về " + topic,
                        "Tiếp sóng chương trình thời sự về " + topic, "Phát thanh hướng dẫn " + procedure);
                quantity = pick.between(1, 8);
                minutes = quantity * pick.between(10, 20);
            }
            case "WEBSITE" -> {
                title = pick.one("Đăng tin " + event, "Đăng bài: Xã " + place + " đẩy mạnh " + topic,
                        "Đăng tải văn bản chỉ đạo về " + topic, "Cập nhật chuyên mục CCHC: hướng dẫn " + procedure);
                quantity = pick.between(1, 3);
                link = "https://" + host + "/tin-tuc/" + DemoTexts.slug(title, 70) + "-" + pick.digits(5) + ".html";
            }
            case "SOCIAL" -> {
                title = pick.one("Đăng bài trên Zalo OA xã về " + topic, "Chia sẻ trên Fanpage xã: hướng dẫn " + procedure,
                        "Đăng tin " + event + " trên Zalo OA xã");
                quantity = pick.between(1, 5);
                link = pick.chance(0.5) ? "https://zalo.me/oa/" + pick.digits(18)
                        : "https://www.facebook.com/ubndxa" + DemoTexts.slug(place, 30).replace("-", "") + "/posts/" + pick.digits(15);
            }
            case "VIDEO" -> {
                title = pick.one("Video ngắn hướng dẫn " + procedure, "Clip TikTok: " + event, "Video: " + topic);
                quantity = pick.between(1, 2);
                minutes = pick.between(1, 5);
                link = "https://www.youtube.com/watch?v=" + pick.letters(11);
            }
            case "INFOGRAPHIC" -> {
                title = pick.one("Infographic: các bước " + procedure, "Podcast: " + topic, "Infographic về " + topic);
                quantity = pick.between(1, 3);
            }
            case "EBOARD" -> {
                title = pick.one("Trình chiếu khẩu hiệu về " + topic + " trên màn hình điện tử tại Trung tâm Phục vụ hành chính công",
                        "Chạy chữ trên bảng điện tử tại trụ sở UBND xã về " + topic);
                quantity = pick.between(10, 300);
            }
            case "BANNER" -> {
                title = pick.one("Treo băng rôn tuyên truyền " + topic, "Lắp đặt pano tuyên truyền " + topic + " tại thôn " + village,
                        "Kẻ vẽ khẩu hiệu tuyên truyền CCHC tại thôn " + village);
                quantity = pick.between(2, 25);
                cost = quantity * 1_000L * pick.between(200, 800);
            }
            case "CONFERENCE" -> {
                title = event;
                participants = pick.between(30, 250);
                minutes = pick.between(4, 8) * 30;
                cost = pick.chance(0.4) ? 500_000L * pick.between(2, 16) : null;
            }
            case "MEETING" -> {
                title = pick.one("Lồng ghép tuyên truyền " + topic + " tại buổi họp thôn " + village,
                        "Sinh hoạt chuyên đề về " + topic, "Giao ban công tác CCHC tháng {m}/{y}");
                participants = pick.between(15, 120);
                minutes = pick.between(3, 8) * 15;
            }
            case "CONTEST" -> {
                title = pick.one("Cuộc thi trực tuyến tìm hiểu về CCHC năm {y}", "Cuộc thi tìm hiểu về " + topic);
                participants = pick.between(100, 3000);
                cost = 1_000_000L * pick.between(5, 20);
            }
            case "LEAFLET" -> {
                title = pick.one("In, phát tờ rơi hướng dẫn " + procedure, "Phát hành bản tin CCHC quý {q}/{y}",
                        "In tờ gấp tuyên truyền về " + topic);
                quantity = pick.between(1, 30) * 100;
                cost = quantity * 100L * pick.between(5, 20);
            }
            case "DIALOGUE" -> {
                title = pick.one("Đối thoại với người dân về " + topic, "Đối thoại với hộ kinh doanh về " + procedure);
                participants = pick.between(20, 150);
                minutes = pick.between(3, 6) * 30;
            }
            default -> {
                title = "Tuyên truyền về " + topic;
                quantity = pick.between(1, 5);
            }
        }
        title = DemoTexts.fill(title, date.getYear(), date.getMonthValue(), place, village);
        int year = date.getYear();
        Long task = null;
        List<Long> tasks = links.tasksByYearAndUnit().get(Links.key(year, unit.id()));
        if (tasks != null && pick.chance(0.35)) {
            task = pick.one(tasks);
        }
        Long plan = pick.chance(0.2) ? links.planByYear().get(year) : null;
        Long target = pick.chance(0.6) ? links.targetByYearAndForm().get(Links.key(year, form.id())) : null;
        String notes = pick.chance(0.1) ? pick.one(NOTES) : null;
        return new Activity(null, date, unit.id(), form.id(), title, quantity, minutes, participants, link, task, plan,
                target, cost, notes);
    }

    /** How much a unit logs: the focal office and the centre with the radio far more than a school. */
    private static int unitWeight(Unit unit) {
        String s = unit.shortName() == null ? "" : unit.shortName();
        return switch (s) {
            case "VHXH", "TTDVSNC" -> 14;
            case "TTPVHCC" -> 8;
            case "VP", "CA" -> 5;
            default -> switch (unit.kind()) {
                case MASS_ORG -> 4;
                case VILLAGE, OFFICE, MILITARY -> 3;
                default -> 2;
            };
        };
    }

    /** Every unit may use every form now and then; each leans strongly to its own. */
    private static int formWeight(Unit unit, PublicityForm form) {
        if (!form.active()) {
            return 0;
        }
        String s = unit.shortName() == null ? "" : unit.shortName();
        List<String> own = switch (s) {
            case "VHXH" -> List.of("WEBSITE", "SOCIAL", "INFOGRAPHIC", "CONFERENCE", "CONTEST", "LEAFLET");
            case "TTDVSNC" -> List.of("RADIO", "WEBSITE", "BANNER", "VIDEO");
            case "TTPVHCC" -> List.of("EBOARD", "LEAFLET", "SOCIAL", "VIDEO");
            case "VP" -> List.of("WEBSITE", "DIALOGUE", "CONFERENCE");
            case "CA" -> List.of("MEETING", "SOCIAL", "LEAFLET");
            default -> switch (unit.kind()) {
                case MASS_ORG -> List.of("MEETING", "CONFERENCE", "CONTEST", "SOCIAL");
                case VILLAGE -> List.of("MEETING", "BANNER", "RADIO");
                case SCHOOL -> List.of("CONTEST", "MEETING");
                default -> List.of("MEETING", "CONFERENCE");
            };
        };
        return own.contains(form.code()) ? 20 : 1;
    }
}
