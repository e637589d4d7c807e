package io.github.mtlint.grammar;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemoizingBeamSearchTest {

    @Test
    void beamThresholdIsTheValueSortingWouldGive() {
        Random random = new Random(7);
        for (int n = 1; n <= 50; n++) {
            for (int round = 0; round < 40; round++) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    // few distinct values, so that ties at the beam's edge are common
                    values[i] = round % 2 == 0 ? random.nextDouble() : random.nextInt(4) / 4.0;
                }
                for (int k : new int[] {1, 3, 10, Math.max(1, n - 1), n, n + 5}) {
                    double[] sorted = values.clone();
                    Arrays.sort(sorted);
                    assertEquals(sorted[Math.max(0, n - k)], MemoizingBeamSearch.kthLargest(values, k),
                            Arrays.toString(values) + " k=" + k);
                }
            }
        }
    }
}
