package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WAMP 1.0 side of the LCU WebSocket: clients subscribe ({@code [5, topic]}) to {@code OnJsonApiEvent} or to
 * {@code OnJsonApiEvent_<uri with / as _>}, unsubscribe with {@code [6, topic]}, and receive
 * {@code [8, topic, {data, eventType, uri}]}. Thread-safe; {@link #publish} may be called from any thread and keeps
 * the order of its calls per connection.
 */
public final class WampHub {

    private static final Logger LOG = LoggerFactory.getLogger(WampHub.class);
    private static final String ALL_EVENTS = "OnJsonApiEvent";
    private static final int SUBSCRIBE = 5;
    private static final int UNSUBSCRIBE = 6;
    private static final int EVENT = 8;

    private final Map<WebSocketChannel, Set<String>> subscriptions = new ConcurrentHashMap<>();
    private final CountDownLatch firstSubscription = new CountDownLatch(1);

    /** Takes over a freshly upgraded connection. */
    void accept(WebSocketChannel channel) {
        subscriptions.put(channel, ConcurrentHashMap.newKeySet());
        channel.getReceiveSetter().set(new AbstractReceiveListener() {
            @Override
            protected void onFullTextMessage(WebSocketChannel ch, BufferedTextMessage message) {
                onMessage(ch, message.getData());
            }
        });
        channel.addCloseTask(subscriptions::remove);
        channel.resumeReceives();
        LOG.debug("WebSocket client connected from {}", channel.getSourceAddress());
    }

    /** Released when the first client subscribes to anything: the default start of the scenario clock. */
    public CountDownLatch firstSubscription() {
        return firstSubscription;
    }

    /** Sends an event about {@code uri} to every subscriber of a matching topic; {@code data} null on Delete. */
    public synchronized void publish(String uri, String eventType, JsonNode data) {
        String uriTopic = ALL_EVENTS + uri.replace('/', '_');
        subscriptions.forEach((channel, topics) -> {
            for (String topic : topics) {
                if (topic.equals(ALL_EVENTS) || topic.equals(uriTopic)) {
                    WebSockets.sendText(Json.write(frame(topic, uri, eventType, data)), channel, null);
                }
            }
        });
    }

    private static ArrayNode frame(String topic, String uri, String eventType, JsonNode data) {
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.set("data", data == null ? Json.MAPPER.nullNode() : data);
        payload.put("eventType", eventType);
        payload.put("uri", uri);
        return Json.MAPPER.createArrayNode().add(EVENT).add(topic).add(payload);
    }

    private void onMessage(WebSocketChannel channel, String text) {
        Set<String> topics = subscriptions.get(channel);
        JsonNode message = parse(text);
        if (topics == null || message == null || !message.isArray() || message.size() < 2) {
            LOG.debug("Ignored a WebSocket message that is not a WAMP subscribe or unsubscribe");
            return;
        }
        int opcode = message.get(0).asInt();
        String topic = message.get(1).asText();
        if (opcode == SUBSCRIBE) {
            topics.add(topic);
            firstSubscription.countDown();
            LOG.debug("Client subscribed to {}", topic);
        } else if (opcode == UNSUBSCRIBE) {
            topics.remove(topic);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    /** Closes every client connection, as the real client does when it quits. */
    void closeAll() {
        subscriptions.keySet().forEach(channel -> {
            try {
                channel.sendClose();
                channel.close();
            } catch (IOException e) {
                LOG.debug("WebSocket close failed: {}", e.getMessage());
            }
        });
    }
}
