package gg.lanelight.simulator.game;

import gg.lanelight.simulator.TestClient;

/** The recorded demo game read from the shared fixtures, with the demo identities. */
public final class DemoGame {

    public static final String LOCAL_PUUID = "5b0c8f7e-1d2a-4c3b-9e4f-a1b2c3d4e5f6";

    private DemoGame() {}

    public static RecordedGame load() {
        return new RecordedGame(
                TestClient.fixture("matchv5/KR_7014499581.match.json"),
                TestClient.fixture("matchv5/KR_7014499581.timeline.json"),
                9,
                LocalSummoner.from(TestClient.fixture("lcu/current-summoner.json")));
    }
}
