package gg.lanelight.app.staticdata;

/**
 * One item from the bundled Data Dragon item file. {@code name} is never null; {@code totalGold} is the full price in
 * gold. {@code completed} marks a finished item worth showing in a build: it builds into nothing, can be bought, and
 * either costs at least {@value #COMPLETED_MIN_GOLD} gold or is a tier-2 boot (tagged Boots, built from Boots 1001).
 */
public record ItemInfo(int id, String name, int totalGold, boolean completed) {

    /** The price from which a final, purchasable item counts as completed. */
    public static final int COMPLETED_MIN_GOLD = 2000;

    /** The basic Boots every tier-2 boot is built from. */
    public static final int BASIC_BOOTS_ID = 1001;
}
