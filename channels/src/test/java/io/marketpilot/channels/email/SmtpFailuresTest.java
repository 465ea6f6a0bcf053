package io.marketpilot.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.delivery.DeliveryResult;
import io.marketpilot.core.delivery.DeliveryResult.PermanentFailure;
import io.marketpilot.core.delivery.DeliveryResult.Refusal;
import io.marketpilot.core.delivery.DeliveryResult.TemporaryFailure;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** The reading of SMTP failures as Angus reports them, one reply at a time. */
class SmtpFailuresTest {
    private static final InternetAddress ANN = address("ann@example.com");

    private static InternetAddress address(String a) {
        try {
            return new InternetAddress(a);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As Angus throws a refused RCPT: "Invalid Addresses", the refusal chained behind it. */
    private static DeliveryResult atRcpt(int code, String reply) {
        SMTPAddressFailedException refused =
                new SMTPAddressFailedException(ANN, "RCPT TO:<ann@example.com>", code, reply);
        return SmtpFailures.classify(new SendFailedException(
                "Invalid Addresses", refused, new Address[0], new Address[0], new Address[] {ANN}));
    }

    private static DeliveryResult afterData(int code, String reply) {
        return SmtpFailures.classify(new SMTPSendFailedException("DATA", code, reply, null, null, null, null));
    }

    @Test
    void aRefusedAddressIsPermanentAndSuppressesIt() {
        assertThat(atRcpt(550, "550 5.1.1 <ann@example.com>: User unknown"))
                .isEqualTo(new PermanentFailure(
                        "550 5.1.1 <ann@example.com>: User unknown", "smtp-550-5.1.1", Refusal.RECIPIENT));
        assertThat(atRcpt(550, "550 No such user here"))
                .isEqualTo(new PermanentFailure("550 No such user here", "smtp-550", Refusal.RECIPIENT));
    }

    @Test
    void fourHundredRepliesAreTemporaryAtEveryStage() {
        assertThat(atRcpt(451, "451 4.3.0 Temporary lookup failure")).isInstanceOf(TemporaryFailure.class);
        assertThat(atRcpt(452, "452 4.2.2 Over quota")).isInstanceOf(TemporaryFailure.class);
        assertThat(afterData(421, "421 4.7.0 Too many messages, closing")).isInstanceOf(TemporaryFailure.class);
    }

    @Test
    void aRefusalAfterTheDataRefusesTheMessageUnlessItsStatusIsAboutTheAddress() {
        assertThat(afterData(554, "554 5.7.0 Spam content rejected")).isInstanceOf(TemporaryFailure.class);
        assertThat(afterData(552, "552 5.3.4 Message too big"))
                .isInstanceOfSatisfying(
                        PermanentFailure.class, f -> assertThat(f.refusal()).isEqualTo(Refusal.MESSAGE));
        assertThat(afterData(554, "554 Transaction failed"))
                .isInstanceOfSatisfying(
                        PermanentFailure.class, f -> assertThat(f.refusal()).isEqualTo(Refusal.MESSAGE));
        assertThat(afterData(550, "550 5.1.1 Mailbox does not exist"))
                .isInstanceOfSatisfying(
                        PermanentFailure.class, f -> assertThat(f.refusal()).isEqualTo(Refusal.RECIPIENT));
        assertThat(afterData(550, "550 5.2.1 Mailbox disabled"))
                .isInstanceOfSatisfying(
                        PermanentFailure.class, f -> assertThat(f.refusal()).isEqualTo(Refusal.RECIPIENT));
        assertThat(afterData(552, "552 5.2.2 Mailbox full")).isInstanceOf(TemporaryFailure.class);
    }

    @Test
    void policyAndAuthenticationRefusalsAreOursAndTemporaryEvenAtTheRecipient() {
        assertThat(atRcpt(554, "554 5.7.1 <ann@example.com>: Relay access denied"))
                .isInstanceOf(TemporaryFailure.class);
        assertThat(atRcpt(550, "550 relay not permitted")).isInstanceOf(TemporaryFailure.class);
        assertThat(atRcpt(530, "530 Authentication required")).isInstanceOf(TemporaryFailure.class);
        assertThat(SmtpFailures.classify(new AuthenticationFailedException("535 5.7.8 bad credentials")))
                .isInstanceOfSatisfying(
                        TemporaryFailure.class, f -> assertThat(f.reason()).contains("smtp.username"));
    }

    @Test
    void brokenConnectionsAndUnknownFailuresAreTemporary() {
        assertThat(SmtpFailures.classify(new MessagingException(
                        "Exception reading response", new SocketTimeoutException("Read timed out"))))
                .isInstanceOfSatisfying(
                        TemporaryFailure.class, f -> assertThat(f.reason()).contains("Read timed out"));
        assertThat(SmtpFailures.classify(new MessagingException("something odd")))
                .isInstanceOf(TemporaryFailure.class);
    }
}
