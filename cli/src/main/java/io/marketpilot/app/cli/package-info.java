/** The {@code marketpilot} command line, a door over the services: the picocli commands and their options, configuration resolved from defaults, YAML, environment and flags, output for people and machines, and failures answered in one line with an exit code. */
@NullMarked
package io.marketpilot.app.cli;

import org.jspecify.annotations.NullMarked;
