@NullMarked
package dev.overload.shared.database;

import org.jspecify.annotations.NullMarked;
