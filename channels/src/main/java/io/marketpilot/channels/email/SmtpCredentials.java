package io.marketpilot.channels.email;

import io.marketpilot.core.MarketPilotException;
import java.util.Objects;

/** The user name and password the relay asks for; {@link #toString} hides the password, so logs cannot print it. */
public record SmtpCredentials(String username, String password) {
    public SmtpCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank()) {
            throw MarketPilotException.invalid("smtp.username must not be blank when a password is set");
        }
    }

    @Override
    public String toString() {
        return "SmtpCredentials[username=" + username + ", password=***]";
    }
}
