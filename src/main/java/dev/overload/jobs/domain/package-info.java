@NullMarked
package dev.overload.jobs.domain;

import org.jspecify.annotations.NullMarked;
