package gg.lanelight.app.staticdata;

/**
 * One item from the bundled Data Dragon item file. {@code totalGold} is the full price in gold; {@code completed}
 * means a finished item worth showing in a build (see {@link StaticData#item(int)} for the rule).
 */
public record ItemInfo(int id, String name, int totalGold, boolean completed) {}
