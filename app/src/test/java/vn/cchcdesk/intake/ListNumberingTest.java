package vn.cchcdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ListNumberingTest {

    @Test
    void wordsAutomaticNumbersAreWrittenBack() {
        ListNumbering numbering = new ListNumbering();
        BigInteger list = BigInteger.ONE;
        assertThat(numbering.next(list, BigInteger.ZERO, "upperRoman", "%1.")).isEqualTo("I. ");
        assertThat(numbering.next(list, BigInteger.ONE, "decimal", "%2.")).isEqualTo("1. ");
        assertThat(numbering.next(list, BigInteger.ONE, "decimal", "%2.")).isEqualTo("2. ");
        assertThat(numbering.next(list, BigInteger.TWO, "decimal", "%2.%3.")).isEqualTo("2.1. ");
        assertThat(numbering.next(list, BigInteger.ZERO, "upperRoman", "%1.")).isEqualTo("II. ");
        assertThat(numbering.next(list, BigInteger.ONE, "decimal", "%2.")).as("a new section restarts").isEqualTo("1. ");
        assertThat(numbering.next(list, BigInteger.valueOf(3), "lowerLetter", "%4)")).isEqualTo("a) ");
        assertThat(numbering.next(BigInteger.TWO, BigInteger.ZERO, "bullet", "")).isEqualTo("- ");
        assertThat(numbering.next(null, null, null, null)).isEmpty();
    }
}
