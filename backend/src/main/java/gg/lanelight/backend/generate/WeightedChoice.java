package gg.lanelight.backend.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Picks from a fixed list with fixed weights by binary search over cumulative weights. Immutable. */
final class WeightedChoice<T> {
    private final List<T> values;
    private final double[] cumulative;

    WeightedChoice(List<T> values, List<Double> weights) {
        if (values.isEmpty() || values.size() != weights.size()) {
            throw new IllegalArgumentException("A weighted choice needs as many weights as values, and some values");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.size()];
        double sum = 0;
        for (int index = 0; index < weights.size(); index++) {
            sum += weights.get(index);
            cumulative[index] = sum;
        }
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return values.get(low);
    }

    List<T> values() {
        return values;
    }
}
