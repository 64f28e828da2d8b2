package org.w3id.normgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JsonObject;

/** What the numbers were measured on. */
final class Machine {

    private Machine() {
    }

    static JsonObject describe() {
        JsonObject json = new JsonObject();
        json.put("date", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        json.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        json.put("load_average_at_start", loadAverage());
        return json;
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine during the run makes ratios noisier. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
