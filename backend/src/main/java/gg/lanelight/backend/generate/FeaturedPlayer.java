package gg.lanelight.backend.generate;

/**
 * A puuid that must appear in a realistic number of generated games (30-150), e.g. a lobby the demo shows.
 *
 * @param role the player's main role (TOP … UTILITY), or null to let the seed choose
 * @param championId the player's main champion, or null to let the seed choose one popular in that role
 */
public record FeaturedPlayer(String puuid, String role, Integer championId) {
    public FeaturedPlayer {
        if (puuid == null || puuid.isBlank()) {
            throw new IllegalArgumentException("A featured player needs a puuid");
        }
        if (role != null) {
            Role.valueOf(role);
        }
    }

    /** A featured player whose role and champion the seed chooses. */
    public static FeaturedPlayer of(String puuid) {
        return new FeaturedPlayer(puuid, null, null);
    }
}
