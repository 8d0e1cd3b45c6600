@NullMarked
package dev.overload.reporting.jobs;

import org.jspecify.annotations.NullMarked;
