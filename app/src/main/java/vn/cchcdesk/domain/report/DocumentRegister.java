package vn.cchcdesk.domain.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.settings.CommuneSettings;

/**
 * A Sổ đăng ký văn bản đến or đi (Nghị định 30, Phụ lục IV) for a span: what its cover names (the
 * commune, the year, the date range, the first and last number) and its lines in register order.
 * A print model: the workbook and any printed page are rendered from it alone.
 *
 * @param wholeYear the span is a calendar year (the cover then names the year only by it)
 */
public record DocumentRegister(Direction direction, CommuneSettings commune, DateRange range, boolean wholeYear,
                               List<RegisterLine> lines) {

    /** The first and last number of a register: arrival numbers in the Sổ đến, document numbers in the Sổ đi. */
    public record NumberRange(int first, int last) {
    }

    public DocumentRegister {
        if (direction != Direction.IN && direction != Direction.OUT) {
            throw new IllegalArgumentException("Registers are kept of incoming and outgoing documents: " + direction);
        }
        Objects.requireNonNull(commune, "commune");
        lines = List.copyOf(lines);
    }

    /** Empty when no line has a number (a register of drafts, or an empty one). */
    public Optional<NumberRange> numbers() {
        List<Integer> numbers = lines.stream()
                .map(l -> direction == Direction.IN ? l.arrivalNumber()
                        : l.ref().number() == null ? null : l.ref().number().numberValue().orElse(null))
                .filter(Objects::nonNull)
                .toList();
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NumberRange(numbers.stream().mapToInt(Integer::intValue).min().getAsInt(),
                numbers.stream().mapToInt(Integer::intValue).max().getAsInt()));
    }

    /** The year on the cover: the span's, or "2025 - 2026" for a span across the new year. */
    public String yearText() {
        int first = range.from().getYear();
        int last = range.to().getYear();
        return first == last ? String.valueOf(first) : first + " - " + last;
    }
}
