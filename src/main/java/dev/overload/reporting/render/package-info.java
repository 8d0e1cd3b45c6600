@NullMarked
package dev.overload.reporting.render;

import org.jspecify.annotations.NullMarked;
