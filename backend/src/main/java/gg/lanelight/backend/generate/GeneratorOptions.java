package gg.lanelight.backend.generate;

import java.util.List;

/**
 * What to generate.
 *
 * @param seed every byte of the output follows from it
 * @param matches how many matches (at least 1)
 * @param timelineShare the fraction of matches (0..1) that also get a timeline
 */
public record GeneratorOptions(long seed, int matches, double timelineShare, List<FeaturedPlayer> featured) {
    /** Bump when the generator's output for a seed changes, so cached demo snapshots are rebuilt. */
    public static final int GENERATOR_VERSION = 2;

    public GeneratorOptions {
        if (matches < 1) {
            throw new IllegalArgumentException("matches must be at least 1, got " + matches);
        }
        if (!(timelineShare >= 0 && timelineShare <= 1)) {
            throw new IllegalArgumentException("timelineShare must be within 0..1, got " + timelineShare);
        }
        featured = List.copyOf(featured);
    }
}
