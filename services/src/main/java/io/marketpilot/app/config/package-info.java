/** The product's one typed configuration, resolved from defaults, the YAML file, the environment and flags, with its language-model and HTTP-server sections. */
@NullMarked
package io.marketpilot.app.config;

import org.jspecify.annotations.NullMarked;
