@NullMarked
package dev.overload.wellness.web;

import org.jspecify.annotations.NullMarked;
