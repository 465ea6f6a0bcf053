package io.marketpilot.channels.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSocket;

/**
 * A tiny SMTP server on a loopback port whose replies the test chooses, for what GreenMail will not do: refuse a
 * recipient with 550 or 451, refuse the sender, the data or the credentials, say nothing at all, or offer STARTTLS
 * (GreenMail 2.1 cannot: its SMTP server knows no STARTTLS command) with the {@link LoopbackTls} certificate.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    /**
     * The replies: to {@code MAIL FROM}, to {@code RCPT TO} per address, to the end of the data per recipient, and to
     * {@code AUTH} (empty: AUTH is not offered); {@code silent} never answers at all; {@code startTls} offers STARTTLS
     * until the connection is upgraded.
     */
    record Script(
            String mailReply,
            UnaryOperator<String> rcptReply,
            UnaryOperator<String> dataReply,
            Optional<String> authReply,
            boolean silent,
            boolean startTls) {
        static Script acceptingAll() {
            return new Script(
                    "250 2.1.0 ok", a -> "250 2.1.5 ok", a -> "250 2.0.0 queued", Optional.empty(), false, false);
        }

        Script rcpt(UnaryOperator<String> reply) {
            return new Script(mailReply, reply, dataReply, authReply, silent, startTls);
        }

        Script data(UnaryOperator<String> reply) {
            return new Script(mailReply, rcptReply, reply, authReply, silent, startTls);
        }

        Script mail(String reply) {
            return new Script(reply, rcptReply, dataReply, authReply, silent, startTls);
        }

        Script auth(String reply) {
            return new Script(mailReply, rcptReply, dataReply, Optional.of(reply), silent, startTls);
        }

        Script silently() {
            return new Script(mailReply, rcptReply, dataReply, authReply, true, startTls);
        }

        Script offeringStartTls() {
            return new Script(mailReply, rcptReply, dataReply, authReply, silent, true);
        }
    }

    private final ServerSocket socket;
    private final Script script;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<String> heardInTheClear = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer(Script script) {
        this.script = script;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** How many connections were opened. */
    int connections() {
        return connections.get();
    }

    /** The recipients whose message the server took, in order. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** The commands (their first word) heard before a connection was upgraded to TLS, over all connections. */
    List<String> heardInTheClear() {
        return List.copyOf(heardInTheClear);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException e) {
                return; // closed by the test
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            Socket current = client;
            BufferedReader in = reader(current);
            OutputStream out = current.getOutputStream();
            if (script.silent()) {
                while (in.readLine() != null) {
                    // says nothing until the client gives up
                }
                return;
            }
            reply(out, "220 scripted ESMTP");
            String recipient = "";
            for (String line; (line = in.readLine()) != null; ) {
                String upper = line.toUpperCase(Locale.ROOT);
                boolean secure = current instanceof SSLSocket;
                if (!secure) {
                    heardInTheClear.add(upper.split(" ", 2)[0]);
                }
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    reply(out, extensions(secure));
                } else if (upper.equals("STARTTLS") && script.startTls() && !secure) {
                    reply(out, "220 2.0.0 ready to start TLS");
                    current = upgraded(current);
                    in = reader(current);
                    out = current.getOutputStream();
                } else if (upper.startsWith("AUTH")) {
                    reply(out, script.authReply().orElse("503 5.5.1 not offered"));
                } else if (upper.startsWith("MAIL FROM")) {
                    reply(out, script.mailReply());
                } else if (upper.startsWith("RCPT TO")) {
                    recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    reply(out, script.rcptReply().apply(recipient));
                } else if (upper.equals("DATA")) {
                    reply(out, "354 go ahead");
                    for (String data = in.readLine(); !".".equals(data); data = in.readLine()) {
                        if (data == null) {
                            return;
                        }
                    }
                    String answer = script.dataReply().apply(recipient);
                    if (answer.startsWith("250")) {
                        accepted.add(recipient);
                    }
                    reply(out, answer);
                } else if (upper.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 ok"); // RSET, NOOP
                }
            }
        } catch (IOException e) {
            // the client hung up, or refused our certificate: nothing to answer
        }
    }

    /** The EHLO reply: the greeting line, then one line per extension offered, the last with a space. */
    private String extensions(boolean secure) {
        List<String> lines = new ArrayList<>(List.of("scripted"));
        if (script.startTls() && !secure) {
            lines.add("STARTTLS");
        }
        script.authReply().ifPresent(auth -> lines.add("AUTH PLAIN"));
        StringBuilder reply = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            reply.append(i == 0 ? "" : "\r\n")
                    .append(i < lines.size() - 1 ? "250-" : "250 ")
                    .append(lines.get(i));
        }
        return reply.toString();
    }

    /** The connection after the TLS handshake, as the server's end. */
    private static SSLSocket upgraded(Socket plain) throws IOException {
        SSLSocket tls = (SSLSocket) LoopbackTls.serverContext()
                .getSocketFactory()
                .createSocket(plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
        tls.setUseClientMode(false);
        tls.startHandshake();
        return tls;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
