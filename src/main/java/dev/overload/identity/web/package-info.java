@NullMarked
package dev.overload.identity.web;

import org.jspecify.annotations.NullMarked;
