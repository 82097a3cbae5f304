package gg.lanelight.os;

import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the implementation of an OS feature for the running OS: the first provider listed in {@code
 * META-INF/services} whose {@link ForOperatingSystem} matches and whose {@link OsFeature#isAvailable()} is true.
 */
public final class OsImplementations {
    private static final Logger LOG = LoggerFactory.getLogger(OsImplementations.class);

    private OsImplementations() {}

    /** The chosen implementation of {@code feature} for the current OS, or empty when none fits; thread-safe. */
    public static <T> Optional<T> forCurrentOs(Class<T> feature) {
        return forOs(feature, OperatingSystem.current());
    }

    static <T> Optional<T> forOs(Class<T> feature, OperatingSystem os) {
        Optional<T> chosen = ServiceLoader.load(feature, feature.getClassLoader()).stream()
                .filter(provider -> isWrittenFor(provider.type(), os))
                .map(ServiceLoader.Provider::get)
                .filter(OsImplementations::isAvailable)
                .findFirst();

        LOG.debug(
                "{} on {}: chose {}",
                feature.getSimpleName(),
                os,
                chosen.map(implementation -> implementation.getClass().getSimpleName())
                        .orElse("none"));
        return chosen;
    }

    private static boolean isWrittenFor(Class<?> implementation, OperatingSystem os) {
        ForOperatingSystem target = implementation.getAnnotation(ForOperatingSystem.class);
        return target != null && target.value() == os;
    }

    private static boolean isAvailable(Object implementation) {
        boolean available = !(implementation instanceof OsFeature feature) || feature.isAvailable();
        if (!available) {
            LOG.debug("{} is not available here", implementation.getClass().getSimpleName());
        }
        return available;
    }
}
