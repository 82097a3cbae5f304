package gg.lanelight.os;

import java.util.Locale;

/** The operating systems Lanelight tells apart when it picks an implementation of an OS feature. */
public enum OperatingSystem {
    LINUX,
    WINDOWS,
    MAC,
    OTHER;

    /** The OS this JVM runs on, from the {@code os.name} system property; never null. */
    public static OperatingSystem current() {
        return fromName(System.getProperty("os.name", ""));
    }

    /** Classifies an {@code os.name} value such as "Linux", "Windows 11" or "Mac OS X"; never null. */
    public static OperatingSystem fromName(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return LINUX;
        }
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MAC;
        }
        return OTHER;
    }
}
