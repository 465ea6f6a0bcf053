/** Multi-armed bandit policies behind one interface, and a seeded simulator to compare their regret. */
package io.marketpilot.experiments.bandit;
