package io.marketpilot.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TCP sockets listening on this machine, as Linux lists them in {@code /proc/net/tcp} and {@code tcp6}: what
 * {@code ss -ltn} shows, read without starting a program. Elsewhere the list is unavailable.
 */
record ListeningSockets(boolean available, List<Socket> sockets) {
    private static final String LISTEN = "0A";

    record Socket(String address, int port) {}

    static ListeningSockets read() throws IOException {
        Path tcp = Path.of("/proc/net/tcp");
        if (!Files.isReadable(tcp)) {
            return new ListeningSockets(false, List.of());
        }
        List<Socket> sockets = new ArrayList<>(parse(tcp));
        Path tcp6 = Path.of("/proc/net/tcp6");
        if (Files.isReadable(tcp6)) {
            sockets.addAll(parse(tcp6));
        }
        return new ListeningSockets(true, sockets);
    }

    Set<String> localAddressesOnPort(int port) {
        Set<String> addresses = new TreeSet<>();
        sockets.stream().filter(s -> s.port() == port).forEach(s -> addresses.add(s.address()));
        return addresses;
    }

    private static List<Socket> parse(Path table) throws IOException {
        List<Socket> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(table);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length > 3 && fields[3].equals(LISTEN)) {
                String[] local = fields[1].split(":");
                out.add(new Socket(address(local[0]), Integer.parseInt(local[1], 16)));
            }
        }
        return out;
    }

    /** The kernel prints each 32-bit word of the address in host (little-endian) byte order. */
    private static String address(String hex) throws IOException {
        byte[] raw = HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[raw.length];
        for (int word = 0; word < raw.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                bytes[word + i] = raw[word + 3 - i];
            }
        }
        return InetAddress.getByAddress(bytes).getHostAddress();
    }
}
