package gg.lanelight.backend.generate;

import java.util.Base64;
import java.util.SplittableRandom;

/**
 * The generated players who are not featured. Identities follow from the seed and the player's index alone, so
 * they never need to be stored. Immutable and thread-safe.
 */
final class Population {
    /** About how many games each generated player has over the whole data set. */
    private static final int GAMES_PER_PLAYER = 40;

    private final long seed;
    private final int size;

    Population(long seed, int matches) {
        this.seed = seed;
        this.size = Math.max(200, (int) Math.min(Integer.MAX_VALUE, matches * 10L / GAMES_PER_PLAYER));
    }

    int size() {
        return size;
    }

    /** A 78-character base64url puuid, the shape Riot's are. */
    String puuid(int player) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + player);
        byte[] bytes = new byte[58];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String gameName(int player) {
        return "Player" + player;
    }
}
