package gg.lanelight.simulator.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedGameTest {

    private final RecordedGame game = DemoGame.load();

    @Test
    void cellsFollowTheArchitectureMapping() {
        List<Integer> participantIds =
                game.cells().stream().map(Participant::participantId).toList();

        assertEquals(List.of(6, 7, 8, 10, 9, 1, 2, 3, 4, 5), participantIds);
    }

    @Test
    void localParticipantCarriesTheLoggedInIdentity() {
        Participant local = game.local();

        assertEquals(9, local.participantId());
        assertEquals(DemoGame.LOCAL_PUUID, local.puuid());
        assertEquals("Kestrel Vane#EUW7", local.riotId());
        assertEquals("CHAOS", local.liveTeam());
    }

    @Test
    void otherPlayersKeepTheirMatchIdentity() {
        Participant top = game.participant(1);

        assertEquals(top.stats().path("puuid").asText(), top.puuid());
        assertEquals("TestPlayer01#T001", top.riotId());
    }

    @Test
    void redSideLocalTeamPicksSecond() {
        assertEquals(
                List.of(List.of(5), List.of(0, 1), List.of(6, 7), List.of(2, 3), List.of(8, 9), List.of(4)),
                game.pickTurns());
    }
}
