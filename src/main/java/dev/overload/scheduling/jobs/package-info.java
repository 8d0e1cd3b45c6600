@NullMarked
package dev.overload.scheduling.jobs;

import org.jspecify.annotations.NullMarked;
