package io.marketpilot.core.content;

import java.util.Optional;

/** The shop's brand voice settings (one per store). */
public interface BrandVoiceRepository {

    /** The saved voice, empty until someone saves one. */
    Optional<BrandVoice> find();

    void save(BrandVoice voice);
}
