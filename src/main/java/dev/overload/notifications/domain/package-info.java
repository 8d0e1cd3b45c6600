@NullMarked
package dev.overload.notifications.domain;

import org.jspecify.annotations.NullMarked;
