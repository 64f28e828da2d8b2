package org.w3id.normgraph.server.replicas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy, run in the foreground with the project's configuration ({@value #TEMPLATE}) for three replicas,
 * its log in a file; driven through its runtime API (a UNIX socket) to drain a replica and put it back.
 */
final class HaproxyProcess implements AutoCloseable {

    static final String TEMPLATE = "scripts/haproxy-replicas.cfg";
    static final String BACKEND = "replicas";
    private static final List<Path> EXECUTABLES = List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy"));

    private final Process process;
    private final Path socket;
    final Path log;

    private HaproxyProcess(Process process, Path socket, Path log) {
        this.process = process;
        this.socket = socket;
        this.log = log;
    }

    /** The haproxy executable, installed first where it is missing. */
    static Path executable() throws IOException, InterruptedException {
        return InstalledTool.find("haproxy", EXECUTABLES);
    }

    /** HAProxy on {@code frontendPort}, before the replicas on {@code ports}, once it has checked them all. */
    static HaproxyProcess start(Path folder, int frontendPort, List<Integer> ports) throws IOException,
            InterruptedException {
        String config = Files.readString(Path.of(TEMPLATE), StandardCharsets.UTF_8)
                .replace("@RUNTIME_DIR@", folder.toAbsolutePath().toString())
                .replace("@FRONTEND_PORT@", Integer.toString(frontendPort));
        for (int i = 0; i < ports.size(); i++) {
            config = config.replace("@PORT" + (i + 1) + "@", Integer.toString(ports.get(i)));
        }
        Path file = folder.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Path log = folder.resolve("haproxy.log");
        Process process = new ProcessBuilder(executable().toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HaproxyProcess haproxy = new HaproxyProcess(process, folder.resolve("haproxy.sock"), log);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy ended at start: " + Files.readString(log));
            }
            try {
                if (haproxy.states().values().stream().allMatch("UP"::equals)
                        && haproxy.states().size() == ports.size()) {
                    return haproxy;
                }
            } catch (IOException notYet) {
                // the runtime socket is not open yet
            }
            Thread.sleep(100);
        }
        haproxy.close();
        throw new IllegalStateException("haproxy did not see every replica up within 30 s: " + Files.readString(log));
    }

    /** Sends one command to the runtime API and returns its answer. */
    synchronized String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.US_ASCII);
        }
    }

    /** Lets the replica's running requests finish and sends it no new ones. */
    void drain(String server) throws IOException {
        expectEmpty(command("set server " + BACKEND + "/" + server + " state drain"));
    }

    /** Sends the replica requests again (once its health check passes). */
    void ready(String server) throws IOException {
        expectEmpty(command("set server " + BACKEND + "/" + server + " state ready"));
    }

    private static void expectEmpty(String answer) {
        if (!answer.isBlank()) {
            throw new IllegalStateException("haproxy answered: " + answer.strip());
        }
    }

    /** Each replica's state as HAProxy sees it ({@code UP}, {@code DOWN}, {@code DRAIN}, …). */
    Map<String, String> states() throws IOException {
        Map<String, String> states = new TreeMap<>();
        String[] lines = command("show stat").split("\n");
        List<String> header = List.of(lines[0].replaceFirst("^# ", "").split(","));
        int proxy = header.indexOf("pxname");
        int server = header.indexOf("svname");
        int status = header.indexOf("status");
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            if (fields.length > status && fields[proxy].equals(BACKEND) && !fields[server].equals("BACKEND")) {
                states.put(fields[server], fields[status]);
            }
        }
        return states;
    }

    /** Requests that HAProxy sent again after a failure, from its log. */
    long retriedRequests() throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.matches(".* retries=\\+?[1-9].*")).count();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
