package gg.lanelight.backend.serve;

import static gg.lanelight.backend.serve.ApiClient.assertError;
import static gg.lanelight.backend.serve.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gg.lanelight.backend.TestData;
import gg.lanelight.backend.snapshot.SnapshotStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What a careless or hostile client sends, over real HTTP: each gets a JSON answer saying what to change. */
class RequestHardeningTest {
    private static final String BATCH = "/v1/players/batch";

    @TempDir
    static Path root;

    static StatsServer server;
    static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        Path snapshots = SharedSnapshot.copyInto(root);
        server = StatsServer.start(new SnapshotStore(snapshots), "127.0.0.1", 0, 60);
        client = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Nested
    class Methods {
        @Test
        void getOnTheBatchEndpointIs405NamingPost() throws Exception {
            HttpResponse<String> answer = client.get(BATCH);

            assertError(answer, 405, "method-not-allowed");
            assertEquals("POST, OPTIONS", answer.headers().firstValue("Allow").orElseThrow());
        }

        @Test
        void postOnAReadEndpointIs405NamingItsMethods() throws Exception {
            HttpResponse<String> answer = client.post("/v1/tierlist", "{}");

            assertError(answer, 405, "method-not-allowed");
            assertEquals(
                    "GET, HEAD, OPTIONS", answer.headers().firstValue("Allow").orElseThrow());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"GE", "HEA", "PATCH", "DELETE"})
        void anyOtherMethodIs405(String method) throws Exception {
            assertError(client.request(method, "/v1/tierlist", null), 405, "method-not-allowed");
            assertError(client.request(method, BATCH, "{\"puuids\":[]}"), 405, "method-not-allowed");
        }

        @Test
        void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
            HttpResponse<String> get = client.get("/v1/tierlist");
            HttpResponse<String> head = client.request("HEAD", "/v1/tierlist", null);

            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            assertEquals(
                    get.body().getBytes(StandardCharsets.UTF_8).length,
                    Integer.parseInt(head.headers().firstValue("Content-Length").orElseThrow()));
            assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
            assertEquals(
                    get.headers().firstValue("X-Snapshot-Id"), head.headers().firstValue("X-Snapshot-Id"));
        }

        @Test
        void optionsListsTheMethodsOfEachEndpoint() throws Exception {
            HttpResponse<String> read = client.request("OPTIONS", "/v1/champions/145", null);
            HttpResponse<String> batch = client.request("OPTIONS", BATCH, null);

            assertEquals(204, read.statusCode());
            assertEquals(
                    "GET, HEAD, OPTIONS", read.headers().firstValue("Allow").orElseThrow());
            assertEquals(204, batch.statusCode());
            assertEquals("POST, OPTIONS", batch.headers().firstValue("Allow").orElseThrow());
        }
    }

    @Nested
    class BatchBodies {
        static Stream<Arguments> malformedBodies() {
            return Stream.of(
                    Arguments.of("{\"puuids\":[]} xyz", "invalid-body", "Unrecognized token 'xyz'"),
                    Arguments.of("{\"puuids\":[]}{\"puuids\":[\"b\"]}", "invalid-body", "Trailing token"),
                    Arguments.of("{\"puuids\":[\"a\"],\"puuids\":[\"b\"]}", "invalid-body", "Duplicate field 'puuids'"),
                    Arguments.of("", "invalid-body", "The request body is empty"),
                    Arguments.of("[]", "invalid-body", "a JSON array, not an object"),
                    Arguments.of("[".repeat(2_000) + "]".repeat(2_000), "invalid-body", "nested too deeply"),
                    Arguments.of("{}", "invalid-puuids", "no \"puuids\" field"),
                    Arguments.of("{\"puuids\":\"abc\"}", "invalid-puuids", "got a string"),
                    Arguments.of(
                            "{\"puuids\":[\"ok\",7]}",
                            "invalid-puuids",
                            "puuids[1] must be a string puuid, got a number (7)"),
                    Arguments.of("{\"puuids\":[null]}", "invalid-puuids", "puuids[0] must be a string puuid, got null"),
                    Arguments.of("{\"puuids\":[\"a b\"]}", "invalid-puuids", "puuids[0] must be 1-128 letters"));
        }

        @ParameterizedTest(name = "{1}: {2}")
        @MethodSource("malformedBodies")
        void aMalformedBodyIsRefusedSayingWhatIsWrong(String body, String code, String explanation) throws Exception {
            HttpResponse<String> answer = client.request("POST", BATCH, body, "Content-Type", "application/json");

            assertError(answer, 400, code);
            assertTrue(message(answer).contains(explanation), answer.body());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
            "Content-Type, text/plain",
            "Content-Type, application/json; charset=latin1",
            "Content-Encoding, gzip"
        })
        void aBodyThatIsNotPlainUtf8JsonGets415(String header, String value) throws Exception {
            HttpResponse<String> answer = client.request("POST", BATCH, "{\"puuids\":[]}", header, value);

            assertError(answer, 415, "unsupported-media-type");
            assertTrue(message(answer).contains(value), answer.body());
        }

        @Test
        void jsonIsReadWithAnyCharsetSpellingOrNoContentTypeAtAll() throws Exception {
            String body = "{\"puuids\":[\"nobody\"]}";

            JsonNode declared =
                    ok(client.request("POST", BATCH, body, "Content-Type", "application/json; charset=UTF-8"));
            JsonNode undeclared = ok(client.post(BATCH, body));

            assertEquals("nobody", declared.at("/unknown/0").asText());
            assertEquals(declared, undeclared);
        }

        @Test
        void expectContinueGetsA100BeforeTheBodyIsSent() throws Exception {
            String body = "{\"puuids\":[\"" + SharedSnapshot.FEATURED + "\"]}";
            try (RawHttp raw = new RawHttp(server, 10_000)) {
                raw.send("POST " + BATCH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Expect: 100-continue\r\nContent-Length: " + body.length() + "\r\n\r\n");
                String interim = raw.readHead();

                String head = raw.send(body).readHead();

                assertTrue(interim.startsWith("HTTP/1.1 100 "), interim);
                assertTrue(head.startsWith("HTTP/1.1 200 "), head);
                JsonNode batch = TestData.MAPPER.readTree(raw.readBody(head));
                assertEquals(
                        SharedSnapshot.FEATURED, batch.at("/players/0/puuid").asText());
            }
        }
    }

    @Nested
    class QueryParameters {
        @Test
        void aParameterGivenTwiceIsRefused() throws Exception {
            HttpResponse<String> answer =
                    client.get("/v1/players/" + SharedSnapshot.FEATURED + "/matches?size=1&size=2");

            assertError(answer, 400, "invalid-size");
            assertTrue(message(answer).contains("given 2 times"), answer.body());
        }

        @Test
        void aParameterTheEndpointDoesNotTakeIsNamedWithTheOnesItTakes() throws Exception {
            HttpResponse<String> misspelt = client.get("/v1/tierlist?rol=TOP");
            HttpResponse<String> notForBuilds = client.get("/v1/builds/145/BOTTOM?bracket=GOLD");

            assertError(misspelt, 400, "unknown-parameter");
            assertTrue(message(misspelt).contains("'rol'"), misspelt.body());
            assertTrue(message(misspelt).contains("bracket, patch, queue, role"), misspelt.body());
            assertError(notForBuilds, 400, "unknown-parameter");
            assertTrue(message(notForBuilds).contains("'bracket'"), notForBuilds.body());
        }

        @Test
        void manyParametersGetAJsonAnswerAndProbesIgnoreTheirQuery() throws Exception {
            String many =
                    IntStream.range(0, 40).mapToObj(index -> "p" + index + "=1").collect(Collectors.joining("&"));

            assertError(client.get("/v1/tierlist?" + many), 400, "unknown-parameter");
            assertEquals(200, client.get("/v1/health?" + many).statusCode());
        }

        @Test
        void theBatchTakesNoQueryParameters() throws Exception {
            HttpResponse<String> answer = client.request("POST", BATCH + "?puuid=x", "{\"puuids\":[]}");

            assertError(answer, 400, "unknown-parameter");
            assertTrue(message(answer).contains("it takes no query parameters"), answer.body());
        }

        @Test
        void aLongValueIsCutShortInTheMessage() throws Exception {
            HttpResponse<String> answer = client.get("/v1/players/" + "a".repeat(300));

            assertError(answer, 400, "invalid-puuid");
            assertTrue(message(answer).contains("(300 characters)"), answer.body());
            assertTrue(message(answer).length() < 300, answer.body());
        }

        @Test
        void noGamesNamesThePatchesTheSnapshotHolds() throws Exception {
            JsonNode snapshot = ok(client.get("/v1/snapshot"));

            HttpResponse<String> answer = client.get("/v1/champions/145?patch=99.1");

            assertError(answer, 404, "no-games");
            for (JsonNode patch : snapshot.path("patches")) {
                assertTrue(message(answer).contains(patch.asText()), answer.body());
            }
        }
    }

    @Nested
    class Negotiation {
        @ParameterizedTest(name = "Accept-Encoding: {0} -> gzip {1}")
        @CsvSource({
            "gzip, true",
            "GZIP, true",
            "x-gzip, true",
            "'br, gzip;q=0.5', true",
            "*, true",
            "'gzip; q=0', false",
            "'gzip;q=0.0', false",
            "'gzip;q=0, *', false",
            "br, false",
            "identity, false"
        })
        void gzipFollowsTheAcceptEncodingList(String acceptEncoding, boolean gzip) throws Exception {
            HttpResponse<byte[]> answer = client.getBytes("/v1/tierlist", "Accept-Encoding", acceptEncoding);

            assertEquals(200, answer.statusCode());
            assertEquals(gzip, answer.headers().firstValue("Content-Encoding").isPresent());
            assertEquals(gzip, answer.body()[0] == (byte) 0x1f && answer.body()[1] == (byte) 0x8b);
        }

        @Test
        void ifNoneMatchTakesListsWeakTagsAndSeveralLines() throws Exception {
            String etag =
                    client.get("/v1/tierlist").headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> listed = client.get("/v1/tierlist", "If-None-Match", "\"other\", W/" + etag);
            HttpResponse<String> secondLine =
                    client.get("/v1/tierlist", "If-None-Match", "\"other\"", "If-None-Match", etag);
            HttpResponse<String> stale = client.get("/v1/tierlist", "If-None-Match", "\"other\", W/\"older\"");

            assertEquals(304, listed.statusCode());
            assertEquals(304, secondLine.statusCode());
            assertEquals(200, stale.statusCode());
        }
    }

    private static String message(HttpResponse<String> answer) throws Exception {
        return TestData.MAPPER.readTree(answer.body()).path("message").asText();
    }
}
