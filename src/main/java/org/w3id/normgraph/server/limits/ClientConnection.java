package org.w3id.normgraph.server.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the client of a request has closed its connection, read from the kernel's socket table
 * ({@code /proc/net/tcp} and {@code tcp6}) without touching the socket. A server that computes an answer before
 * sending it never writes while it computes, so it would never notice otherwise. Where there is no such table
 * (not Linux), a client is never taken for gone.
 */
public final class ClientConnection {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";

    private ClientConnection() {
    }

    static boolean available() {
        return TABLES.stream().anyMatch(Files::isReadable);
    }

    /** True if the connection from {@code remotePort} to {@code localPort} is no longer established. */
    static boolean gone(int localPort, int remotePort) {
        return table().gone(localPort, remotePort);
    }

    /** The socket table as it is now, read once, for asking about several connections. */
    static Table table() {
        List<String[]> rows = new ArrayList<>();
        if (available()) {
            for (Path table : TABLES) {
                try {
                    for (String line : Files.readAllLines(table)) {
                        String[] f = line.trim().split("\\s+");
                        if (f.length > 3) {
                            rows.add(f);
                        }
                    }
                } catch (IOException e) {
                    // this table cannot be read: its connections are not seen
                }
            }
        }
        return new Table(rows);
    }

    /** The kernel's TCP connections: local address, remote address and state of each. */
    static final class Table {

        private final List<String[]> rows;

        private Table(List<String[]> rows) {
            this.rows = rows;
        }

        /** True if the connection from {@code remotePort} to {@code localPort} is no longer established. */
        boolean gone(int localPort, int remotePort) {
            String local = ":" + String.format(Locale.ROOT, "%04X", localPort);
            String remote = ":" + String.format(Locale.ROOT, "%04X", remotePort);
            boolean seen = false;
            for (String[] f : rows) {
                if (f[1].endsWith(local) && f[2].endsWith(remote)) {
                    if (f[3].equals(ESTABLISHED)) {
                        return false;
                    }
                    seen = true;
                }
            }
            return seen;
        }
    }
}
