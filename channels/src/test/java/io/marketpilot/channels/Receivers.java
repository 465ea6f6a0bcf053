package io.marketpilot.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback stand-ins for receivers that are down or hang up, shared by the channels' tests. */
public final class Receivers {
    private Receivers() {}

    /** A loopback port where nothing listens (it was free a moment ago). */
    public static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server that accepts every connection and closes it at once, until closed itself. */
    public static final class HangingUp implements AutoCloseable {
        private final ServerSocket socket;

        public HangingUp() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofVirtual().start(this::hangUpOnEveryone);
        }

        public int port() {
            return socket.getLocalPort();
        }

        private void hangUpOnEveryone() {
            while (!socket.isClosed()) {
                try (Socket accepted = socket.accept()) {
                    accepted.setSoLinger(true, 0); // a reset, not a polite close
                } catch (IOException e) {
                    return; // closed by the test
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
