package gg.lanelight.simulator.lcu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.lanelight.simulator.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rune pages of the logged-in player, starting from the bundled pages and inventory. Enforces the client's
 * rules: preset pages can be neither edited nor deleted, and a new page needs a free custom slot
 * ({@code canAddCustomPage}). Every change is published over WAMP. Thread-safe.
 */
public final class PerksStore {

    public static final String PAGES_URI = "/lol-perks/v1/pages";
    public static final String CURRENT_PAGE_URI = "/lol-perks/v1/currentpage";
    public static final String INVENTORY_URI = "/lol-perks/v1/inventory";

    private static final String BASE = "gg/lanelight/simulator/lcu/";
    private static final int PERKS_PER_PAGE = 9;

    private final WampHub hub;
    private final List<ObjectNode> pages = new ArrayList<>();
    private final ObjectNode inventory = Json.template(BASE + "perks-inventory.json");
    private final int customSlots;
    private long nextId;

    public PerksStore(WampHub hub) {
        this.hub = hub;
        Json.resource(BASE + "perks-pages.json").forEach(page -> pages.add(page.deepCopy()));
        this.customSlots = inventory.path("ownedPageCount").asInt();
        this.nextId = pages.stream().mapToLong(p -> p.path("id").asLong()).max().orElse(0) + 1;
        refreshInventory();
    }

    public synchronized JsonNode pages() {
        ArrayNode list = Json.MAPPER.createArrayNode();
        pages.forEach(page -> list.add(page.deepCopy()));
        return list;
    }

    public synchronized JsonNode inventory() {
        return inventory.deepCopy();
    }

    public synchronized Optional<JsonNode> page(long id) {
        return find(id).map(ObjectNode::deepCopy);
    }

    public synchronized Optional<JsonNode> currentPage() {
        return pages.stream()
                .filter(p -> p.path("current").asBoolean())
                .findFirst()
                .map(ObjectNode::deepCopy);
    }

    /** POST /lol-perks/v1/pages. */
    public synchronized LcuResponse create(JsonNode body) {
        if (!inventory.path("canAddCustomPage").asBoolean()) {
            return LcuResponse.badRequest(
                    "Max pages reached: delete or overwrite an editable page before creating a new one");
        }
        Optional<String> invalid = validate(body);
        if (invalid.isPresent()) {
            return LcuResponse.badRequest(invalid.get());
        }
        ObjectNode page = pages.get(0).deepCopy();
        page.put("id", nextId++);
        page.put("isEditable", true);
        page.put("isDeletable", true);
        page.put("current", false);
        page.put("isActive", false);
        apply(page, body);
        pages.add(0, page);
        renumber();
        if (body.path("current").asBoolean(false)) {
            makeCurrent(page.path("id").asLong());
        }
        refreshInventory();
        publishAll();
        return LcuResponse.ok(page.deepCopy());
    }

    /** PUT /lol-perks/v1/pages/{id}. */
    public synchronized LcuResponse update(long id, JsonNode body) {
        Optional<ObjectNode> page = find(id);
        if (page.isEmpty()) {
            return LcuResponse.notFound("No rune page with id " + id);
        }
        if (!page.get().path("isEditable").asBoolean()) {
            return LcuResponse.badRequest("Rune page " + id + " is a preset page and cannot be edited");
        }
        Optional<String> invalid = validate(body);
        if (invalid.isPresent()) {
            return LcuResponse.badRequest(invalid.get());
        }
        apply(page.get(), body);
        if (body.path("current").asBoolean(false)) {
            makeCurrent(id);
        }
        publishAll();
        return LcuResponse.ok(page.get().deepCopy());
    }

    /** DELETE /lol-perks/v1/pages/{id}. */
    public synchronized LcuResponse delete(long id) {
        Optional<ObjectNode> page = find(id);
        if (page.isEmpty()) {
            return LcuResponse.notFound("No rune page with id " + id);
        }
        if (!page.get().path("isDeletable").asBoolean()) {
            return LcuResponse.badRequest("Rune page " + id + " is a preset page and cannot be deleted");
        }
        pages.remove(page.get());
        if (page.get().path("current").asBoolean() && !pages.isEmpty()) {
            makeCurrent(pages.get(0).path("id").asLong());
        }
        renumber();
        refreshInventory();
        publishAll();
        return LcuResponse.noContent();
    }

    /** PUT /lol-perks/v1/currentpage with the page id as body. */
    public synchronized LcuResponse setCurrent(JsonNode body) {
        if (body == null || !body.canConvertToLong()) {
            return LcuResponse.badRequest("The body must be a rune page id, e.g. 1928374650");
        }
        if (find(body.asLong()).isEmpty()) {
            return LcuResponse.notFound("No rune page with id " + body.asLong());
        }
        makeCurrent(body.asLong());
        publishAll();
        return LcuResponse.noContent();
    }

    private static Optional<String> validate(JsonNode body) {
        if (body == null || !body.isObject()) {
            return Optional.of("The body must be a rune page object with name, primaryStyleId, subStyleId and "
                    + "selectedPerkIds");
        }
        JsonNode perks = body.path("selectedPerkIds");
        if (!perks.isArray() || perks.size() != PERKS_PER_PAGE) {
            return Optional.of("selectedPerkIds must list 9 rune ids: 4 primary, 2 secondary, 3 shards");
        }
        if (!body.path("primaryStyleId").canConvertToInt()
                || !body.path("subStyleId").canConvertToInt()) {
            return Optional.of("primaryStyleId and subStyleId must be rune tree ids such as 8200");
        }
        return Optional.empty();
    }

    private static void apply(ObjectNode page, JsonNode body) {
        page.put("name", body.path("name").asText(page.path("name").asText()));
        page.put("primaryStyleId", body.path("primaryStyleId").asInt());
        page.put("subStyleId", body.path("subStyleId").asInt());
        page.set("selectedPerkIds", body.path("selectedPerkIds").deepCopy());
        page.put("lastModified", System.currentTimeMillis());
        page.put("isValid", true);
        ObjectNode keystone = (ObjectNode) page.get("pageKeystone");
        keystone.put("id", body.path("selectedPerkIds").get(0).asInt());
        keystone.put("styleId", body.path("primaryStyleId").asInt());
    }

    private Optional<ObjectNode> find(long id) {
        return pages.stream().filter(p -> p.path("id").asLong() == id).findFirst();
    }

    private void makeCurrent(long id) {
        pages.forEach(p -> {
            boolean current = p.path("id").asLong() == id;
            p.put("current", current);
            p.put("isActive", current);
        });
    }

    private void renumber() {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).put("order", i);
        }
    }

    private void refreshInventory() {
        long custom =
                pages.stream().filter(p -> p.path("isDeletable").asBoolean()).count();
        inventory.put("customPageCount", custom);
        inventory.put("canAddCustomPage", custom < customSlots);
    }

    private void publishAll() {
        hub.publish(PAGES_URI, "Update", pages());
        currentPage().ifPresent(page -> hub.publish(CURRENT_PAGE_URI, "Update", page));
        hub.publish(INVENTORY_URI, "Update", inventory());
    }
}
