package gg.lanelight.app.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code GET /lol-perks/v1/inventory}. When {@code canAddCustomPage} is false a new page cannot be created; delete or
 * overwrite an editable page first.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PerkInventory(
        int ownedPageCount, int customPageCount, boolean canAddCustomPage, boolean isCustomPageCreationUnlocked) {}
