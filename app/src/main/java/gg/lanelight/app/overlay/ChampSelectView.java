package gg.lanelight.app.overlay;

import java.util.List;

/**
 * What the champion-select overlay shows, exactly as displayed (all strings, never null; "" when a field has nothing
 * to show). Serialized as-is into trace.json, so the field names are part of the contract in docs/overlays.md.
 *
 * @param phase the champion-select timer phase (PLANNING, BAN_PICK, FINALIZATION, GAME_STARTING)
 * @param champion the local player's shown champion (pick, else hover), e.g. "Kai'Sa"; "No champion yet" before
 * @param role the local player's role (TOP, JUNGLE, MIDDLE, BOTTOM, UTILITY) or "" when the queue assigns none
 * @param build the build lines, in order core items, runes, spells; empty when no build is known
 * @param allies one card per ally cell, in cell order, the local player included
 * @param notice one line about the stats service or the build ("" when all is well)
 */
public record ChampSelectView(
        String phase, String champion, String role, List<BuildLine> build, List<AllyCard> allies, String notice) {

    public ChampSelectView {
        build = List.copyOf(build);
        allies = List.copyOf(allies);
    }

    /**
     * One line of the build.
     *
     * @param label "Core items", "Runes" or "Spells"
     * @param value the names, e.g. "Kraken Slayer › Nashor's Tooth › Guinsoo's Rageblade"
     * @param winRate e.g. "54.2%" (wins / games of this line)
     * @param games e.g. "1234 games"
     */
    public record BuildLine(String label, String value, String winRate, String games) {}

    /**
     * One ally.
     *
     * @param cellId the champion-select cell
     * @param local true for the local player's own card
     * @param hidden true when the client hides this player's identity (no lookups are made then)
     * @param riotId "Name#TAG", or "Hidden player" / "Player N" when the client does not show it
     * @param champion the shown champion's name, or "No champion yet"
     * @param rank solo/duo rank such as "GOLD IV 12 LP", "Unranked", "…" while asked, "–" when unavailable
     * @param recent recent win rate and games, e.g. "55.0% (20 games)", "…" or "–"
     * @param onChampion games and win rate on the shown champion, e.g. "60.0% (15 games)", "…" or "–"
     */
    public record AllyCard(
            int cellId,
            boolean local,
            boolean hidden,
            String riotId,
            String champion,
            String rank,
            String recent,
            String onChampion) {}
}
