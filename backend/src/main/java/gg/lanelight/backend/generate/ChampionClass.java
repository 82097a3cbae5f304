package gg.lanelight.backend.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The champion's first Data Dragon tag, which drives its roles, items and runes in generated games. */
enum ChampionClass {
    MARKSMAN(Map.of(Role.BOTTOM, 0.9, Role.MIDDLE, 0.06, Role.TOP, 0.04)),
    SUPPORT(Map.of(Role.UTILITY, 0.85, Role.MIDDLE, 0.15)),
    MAGE(Map.of(Role.MIDDLE, 0.7, Role.UTILITY, 0.2, Role.BOTTOM, 0.1)),
    ASSASSIN(Map.of(Role.MIDDLE, 0.6, Role.JUNGLE, 0.4)),
    FIGHTER(Map.of(Role.TOP, 0.6, Role.JUNGLE, 0.4)),
    TANK(Map.of(Role.TOP, 0.4, Role.JUNGLE, 0.3, Role.UTILITY, 0.3));

    private final Map<Role, Double> roleShares;

    ChampionClass(Map<Role, Double> roleShares) {
        this.roleShares = new EnumMap<>(roleShares);
    }

    /** How often a champion of this class plays each role (shares sum to 1). */
    Map<Role, Double> roleShares() {
        return roleShares;
    }

    static ChampionClass of(List<String> tags) {
        String first = tags.isEmpty() ? "Fighter" : tags.get(0);
        return switch (first) {
            case "Marksman" -> MARKSMAN;
            case "Support" -> SUPPORT;
            case "Mage" -> MAGE;
            case "Assassin" -> ASSASSIN;
            case "Tank" -> TANK;
            default -> FIGHTER;
        };
    }
}
