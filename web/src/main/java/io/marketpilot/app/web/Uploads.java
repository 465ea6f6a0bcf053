package io.marketpilot.app.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.marketpilot.core.MarketPilotException;
import java.util.Optional;

/** The files of multipart uploads, for the REST import and the dashboard's import form alike. */
public final class Uploads {
    private Uploads() {}

    /**
     * The file in {@code part}, or empty when there is none. A body that is not valid multipart (no boundary, cut
     * short, a control character in a part's headers) is the client's error, a 400, not a server failure.
     */
    public static Optional<UploadedFile> file(Context ctx, String part) {
        try {
            return Optional.ofNullable(ctx.uploadedFile(part));
        } catch (Exception e) { // Jetty's IOException comes through Javalin's Kotlin undeclared
            throw MarketPilotException.invalid("The multipart body cannot be read: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
