package io.marketpilot.app.cli;

import io.marketpilot.app.services.ServicesOpener;
import picocli.CommandLine;

/** Creates picocli's command and mixin objects, handing every {@link StoreOptions} the wiring's opener. */
final class CliFactory implements CommandLine.IFactory {
    private final ServicesOpener opener;

    CliFactory(ServicesOpener opener) {
        this.opener = opener;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == StoreOptions.class) {
            return type.cast(new StoreOptions(opener));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
