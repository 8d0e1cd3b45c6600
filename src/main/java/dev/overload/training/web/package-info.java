@NullMarked
package dev.overload.training.web;

import org.jspecify.annotations.NullMarked;
