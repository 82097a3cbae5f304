package gg.lanelight.backend.generate;

/** The five {@code teamPosition} values of Summoner's Rift, in champion-select order. */
enum Role {
    TOP,
    JUNGLE,
    MIDDLE,
    BOTTOM,
    UTILITY
}
