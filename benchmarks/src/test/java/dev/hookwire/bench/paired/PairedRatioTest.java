package dev.hookwire.bench.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The paired harness's statistics: the numbers its report prints and the verdict it draws. */
class PairedRatioTest {
  @Test
  void theMeanIsGeometric() {
    PairedRatio ratio = new PairedRatio(List.of(0.5, 2.0));

    assertEquals(1.0, ratio.mean(), 1e-12);
    assertEquals(1.25, ratio.median(), 1e-12);
  }

  @Test
  void theIntervalIsStudentsTOnTheLogarithms() {
    // logarithms -0.1, 0, 0.1: mean 0, standard deviation 0.1, 3 rounds, t(2) = 4.3027
    PairedRatio ratio = new PairedRatio(List.of(Math.exp(-0.1), 1.0, Math.exp(0.1)));

    double halfWidth = 4.3027 * 0.1 / Math.sqrt(3);
    assertEquals(Math.exp(-halfWidth), ratio.low(), 1e-9);
    assertEquals(Math.exp(halfWidth), ratio.high(), 1e-9);
    assertEquals(1.0, ratio.median(), 1e-12);
  }

  @Test
  void theTQuantileMatchesTheTables() {
    assertEquals(2.5706, PairedRatio.studentT975(5), 0.004);
    assertEquals(2.228, PairedRatio.studentT975(10), 0.001);
    assertEquals(2.093, PairedRatio.studentT975(19), 0.001);
    assertEquals(2.045, PairedRatio.studentT975(29), 0.001);
    assertEquals(12.706, PairedRatio.studentT975(1), 0.001);
  }

  @Test
  void theVerdictNeedsTheWholeInterval() {
    assertEquals("met", new PairedRatio(List.of(1.001, 1.003, 0.999, 1.002)).verdict(1.02));
    assertEquals("NOT met", new PairedRatio(List.of(1.05, 1.06, 1.04, 1.05)).verdict(1.02));
    String unresolved = new PairedRatio(List.of(0.9, 1.1, 1.0, 1.05)).verdict(1.02);
    assertTrue(unresolved.startsWith("not resolved"), unresolved);
  }

  @Test
  void refusesWhatIsNoRatio() {
    assertThrows(IllegalArgumentException.class, () -> new PairedRatio(List.of(1.0)));
    assertThrows(IllegalArgumentException.class, () -> new PairedRatio(List.of(1.0, 0.0)));
    assertThrows(IllegalArgumentException.class, () -> new PairedRatio(List.of(1.0, -2.0)));
    assertThrows(IllegalArgumentException.class, () -> new PairedRatio(List.of(1.0, Double.NaN)));
  }
}
