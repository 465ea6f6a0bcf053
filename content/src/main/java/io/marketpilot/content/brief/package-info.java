/** What a generation request is conditioned on: the brief with its audience (a segment's persona), customer and product facts. */
@NullMarked
package io.marketpilot.content.brief;

import org.jspecify.annotations.NullMarked;
