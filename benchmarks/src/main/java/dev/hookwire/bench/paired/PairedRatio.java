package dev.hookwire.bench.paired;

import java.util.Arrays;
import java.util.List;

/**
 * The cost ratios of one comparison, one per round, each from the same round's baseline: their
 * geometric mean with a 95% confidence interval (Student's t on the logarithms), and their median.
 * A ratio above 1 is a cost.
 *
 * @param ratios one ratio per round, each positive
 */
public record PairedRatio(List<Double> ratios) {
  public PairedRatio {
    ratios = List.copyOf(ratios);
    if (ratios.size() < 2) {
      throw new IllegalArgumentException("a paired ratio needs at least 2 rounds");
    }
    for (double ratio : ratios) {
      if (!(ratio > 0) || Double.isInfinite(ratio)) {
        throw new IllegalArgumentException("not a ratio: " + ratio);
      }
    }
  }

  /** The geometric mean. */
  public double mean() {
    return Math.exp(meanLog());
  }

  /** The lower end of the 95% confidence interval of the geometric mean. */
  public double low() {
    return Math.exp(meanLog() - halfWidth());
  }

  /** The upper end of the 95% confidence interval of the geometric mean. */
  public double high() {
    return Math.exp(meanLog() + halfWidth());
  }

  public double median() {
    return median(ratios);
  }

  /** The median of {@code values}, which must not be empty. */
  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * What the interval says about a goal of "a cost under {@code goal}": {@code met} when the whole
   * interval is below it, {@code not met} when the whole interval is at or above it, otherwise
   * that this run cannot tell.
   */
  public String verdict(double goal) {
    if (high() < goal) {
      return "met";
    }
    if (low() >= goal) {
      return "NOT met";
    }
    return "not resolved (the interval contains " + goal + ")";
  }

  private double[] logs() {
    return ratios.stream().mapToDouble(Math::log).toArray();
  }

  private double meanLog() {
    return Arrays.stream(logs()).average().orElseThrow();
  }

  private double halfWidth() {
    double[] logs = logs();
    double mean = meanLog();
    double squares = 0;
    for (double log : logs) {
      squares += (log - mean) * (log - mean);
    }
    int n = logs.length;
    double deviation = Math.sqrt(squares / (n - 1));
    return studentT975(n - 1) * deviation / Math.sqrt(n);
  }

  /**
   * The 97.5% quantile of Student's t with {@code df} degrees of freedom: exact for 1 and 2, else
   * the Cornish-Fisher expansion around the normal quantile (Abramowitz and Stegun 26.7.5): 0.8%
   * low at 3 degrees of freedom, 0.15% at 5, within 0.01% from 10 (the harness runs 10 rounds or
   * more).
   */
  static double studentT975(int df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom: " + df);
    }
    if (df == 1) {
      return 12.7062;
    }
    if (df == 2) {
      return 4.3027;
    }
    double z = 1.959964;
    double v = df;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    return z
        + (z3 + z) / (4 * v)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
  }
}
