package vn.cchcdesk.store.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The demo generator's dice: one {@link Random} per part of the data, seeded from the run's seed,
 * so that the same seed always gives the same data (java.util.Random's sequence is fixed by its
 * specification) and changing one count does not reshuffle the other parts.
 */
final class Pick {

    private final Random random;

    Pick(long seed, int part) {
        this.random = new Random(seed * 1_000_003L + part);
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T one(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn with the given weights. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A working day between two dates (both included): offices rarely log on Sundays. */
    LocalDate workingDay(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        LocalDate day = from.plusDays(span <= 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY && chance(0.85)) {
            LocalDate shifted = day.minusDays(between(1, 2));
            day = shifted.isBefore(from) ? day : shifted;
        }
        return day;
    }

    String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    String letters(int count) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
