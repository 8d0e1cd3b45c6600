@NullMarked
package dev.overload.notifications.web;

import org.jspecify.annotations.NullMarked;
