@NullMarked
package dev.overload.club.web;

import org.jspecify.annotations.NullMarked;
