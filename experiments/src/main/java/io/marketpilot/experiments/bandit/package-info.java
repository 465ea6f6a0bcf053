/** Multi-armed bandit policies behind one interface, and a seeded simulator to compare their regret. */
@NullMarked
package io.marketpilot.experiments.bandit;

import org.jspecify.annotations.NullMarked;
