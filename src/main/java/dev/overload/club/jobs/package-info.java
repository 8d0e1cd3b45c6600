@NullMarked
package dev.overload.club.jobs;

import org.jspecify.annotations.NullMarked;
