package io.marketpilot.channels.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.marketpilot.channels.ChannelContract;
import io.marketpilot.channels.Receivers;
import io.marketpilot.core.delivery.Channel;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The channel contract for SMTP: GreenMail in-process receives, a scripted server refuses, and nothing at all. */
class SmtpChannelContractTest extends ChannelContract {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(SmtpTestSupport.greenMailSetup());

    private final ScriptedSmtpServer refusing = new ScriptedSmtpServer(ScriptedSmtpServer.Script.acceptingAll()
            .rcpt(a -> "550 5.1.1 <" + a + ">: Recipient address rejected: User unknown in virtual mailbox table"));
    private final ScriptedSmtpServer busy = new ScriptedSmtpServer(
            ScriptedSmtpServer.Script.acceptingAll().rcpt(a -> "451 4.3.0 <" + a + ">: Temporary lookup failure"));
    private final Receivers.HangingUp hangingUp = new Receivers.HangingUp();

    @AfterEach
    void stopServers() throws IOException {
        refusing.close();
        busy.close();
        hangingUp.close();
    }

    @Override
    protected Channel channel() {
        return SmtpTestSupport.channel(GREEN_MAIL.getSmtp().getPort());
    }

    @Override
    protected List<Received> received() {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .map(SmtpTestSupport::received)
                .toList();
    }

    @Override
    protected Channel unreachable() {
        return SmtpTestSupport.channel(Receivers.unusedPort());
    }

    @Override
    protected Channel hangingUp() {
        return SmtpTestSupport.channel(hangingUp.port());
    }

    @Override
    protected Optional<Channel> refusingRecipients() {
        return Optional.of(SmtpTestSupport.channel(refusing.port()));
    }

    @Override
    protected Optional<Channel> busy() {
        return Optional.of(SmtpTestSupport.channel(busy.port()));
    }
}
