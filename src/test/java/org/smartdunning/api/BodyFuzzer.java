package org.smartdunning.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random mutations of valid request bodies: a field removed, retyped or stretched, or the text itself broken. */
final class BodyFuzzer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD = {"", " ", "null", "0", "-1", "1e400", "NaN", "2026-02-29", "9999-12-31",
        "0000-00-00", "99999999999999999.99", "12345678901234567", "\u0000", "\r\nBcc: x@y.se", "../../etc/passwd",
        "' or 1=1 --", "\uD83D\uDCA9", "\uFFFF", "%s%n", "{\"a\":1}", "Ω".repeat(300)};
    private final SplittableRandom random;

    BodyFuzzer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One mutation of the body. */
    String mutate(JsonNode valid) {
        if (random.nextInt(5) == 0) {
            return mutateText(valid.toString());
        }
        JsonNode copy = valid.deepCopy();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            mutateTree(copy);
        }
        return copy.toString();
    }

    /** One mutation of binary content (a zip archive): bytes flipped, cut or inserted. */
    byte[] mutate(byte[] valid) {
        byte[] bytes = valid.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return bytes;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            default -> {
                int at = random.nextInt(bytes.length);
                byte[] longer = new byte[bytes.length + 16];
                System.arraycopy(bytes, 0, longer, 0, at);
                for (int i = 0; i < 16; i++) {
                    longer[at + i] = (byte) random.nextInt(256);
                }
                System.arraycopy(bytes, at, longer, at + 16, bytes.length - at);
                return longer;
            }
        }
    }

    private void mutateTree(JsonNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() || random.nextInt(6) == 0 ? "extra_" + random.nextInt(100)
                : names.get(random.nextInt(names.size()));
        switch (random.nextInt(8)) {
            case 0 -> target.remove(name);
            case 1 -> target.set(name, NODES.nullNode());
            case 2 -> target.set(name, NODES.numberNode(random.nextInt(3) == 0 ? random.nextLong()
                    : random.nextInt(2) == 0 ? random.nextDouble() * 1e6 : -random.nextInt(1000)));
            case 3 -> target.set(name, NODES.booleanNode(random.nextBoolean()));
            case 4 -> {
                ArrayNode array = target.putArray(name);
                array.add(random.nextInt(10)).add(ODD[random.nextInt(ODD.length)]);
            }
            case 5 -> target.putObject(name).put("nested", ODD[random.nextInt(ODD.length)]);
            case 6 -> target.put(name, random.nextInt(4) == 0 ? "x".repeat(1 + random.nextInt(5000))
                    : ODD[random.nextInt(ODD.length)]);
            default -> {
                JsonNode value = target.get(name);
                String text = value == null || !value.isTextual() ? "v" : value.asText();
                target.put(name, mutateText(text));
            }
        }
    }

    private String mutateText(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, (char) random.nextInt(0x20, 0x7f));
                case 1 -> s.insert(at, (char) random.nextInt(0, 0x20));
                case 2 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                default -> s.setLength(at);
            }
        }
        return new String(s.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> collect(child, objects));
    }
}
