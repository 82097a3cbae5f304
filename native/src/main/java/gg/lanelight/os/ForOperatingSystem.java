package gg.lanelight.os;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the OS an implementation of an OS feature is written for. It is read from the class before any instance
 * exists, so a Windows implementation is never constructed (and never loads a Windows library) on Linux.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForOperatingSystem {
    OperatingSystem value();
}
