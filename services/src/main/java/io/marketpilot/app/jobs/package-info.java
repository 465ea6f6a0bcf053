/**
 * Models built from the store off the request path: {@link io.marketpilot.app.jobs.ModelJobs} runs the builds one at a
 * time on a background thread and keeps their history, and {@link io.marketpilot.app.jobs.Published} holds the latest
 * build of one model, which reads serve without ever waiting for a rebuild.
 */
@NullMarked
package io.marketpilot.app.jobs;

import org.jspecify.annotations.NullMarked;
