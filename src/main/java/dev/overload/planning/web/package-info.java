@NullMarked
package dev.overload.planning.web;

import org.jspecify.annotations.NullMarked;
