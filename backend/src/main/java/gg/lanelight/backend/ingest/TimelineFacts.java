package gg.lanelight.backend.ingest;

import java.util.List;

/**
 * What a snapshot keeps of one participant's timeline.
 *
 * @param coreItems the first 3 distinct completed items in purchase order (fewer when fewer were bought)
 * @param startItems items bought before {@link TimelineAccumulator#START_ITEMS_BEFORE_MS}, in purchase order; may be empty
 * @param boots the first tier-2 boots bought, or null
 * @param skillOrder the order in which Q, W and E were maxed, e.g. "QEW", or null when no skill was levelled
 * @param goldAt15 total gold at the first frame at or after 15:00, or null when the game ended before
 */
public record TimelineFacts(
        List<Integer> coreItems, List<Integer> startItems, Integer boots, String skillOrder, Integer goldAt15) {}
