package gg.lanelight.os.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.platform.unix.X11;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(X11DisplayExtension.class)
class X11WindowTrackerIT {
    private final X11WindowTracker tracker = new X11WindowTracker();
    private final String title = "Lanelight tracker " + UUID.randomUUID();
    private X11TestDisplay screen;

    @BeforeEach
    void useDisplay(X11TestDisplay display) {
        screen = display;
    }

    @Test
    void findsTheMappedWindowByTitleWithItsBoundsAndNotAnUnmappedNamesakeAboveIt() throws Exception {
        WindowBounds placed = new WindowBounds(140, 90, 320, 180);
        X11.Window mapped = screen.createWindow(title, placed);
        screen.map(mapped);
        screen.createWindow(title, new WindowBounds(0, 0, 10, 10));
        screen.sync();

        NativeWindow found = tracker.findByTitle(title).orElseThrow();

        assertEquals(new NativeWindow(mapped.longValue(), title), found);
        assertEquals(Optional.of(placed), tracker.bounds(found));
    }

    @Test
    void boundsFollowTheWindowWhenItMovesAndResizes() throws Exception {
        X11.Window window = screen.createWindow(title, new WindowBounds(10, 20, 100, 50));
        screen.map(window);
        NativeWindow found = tracker.findByTitle(title).orElseThrow();

        WindowBounds moved = new WindowBounds(333, 222, 411, 155);
        screen.moveResize(window, moved);

        assertEquals(Optional.of(moved), tracker.bounds(found));
    }

    @Test
    void findsAWindowByItsUtf8Title() throws Exception {
        String utf8Title = "Lanelight – Kai'Sa ✓ " + UUID.randomUUID();
        X11.Window window = screen.createWindow("latin-1 fallback", new WindowBounds(5, 5, 50, 50));
        screen.setUtf8Title(window, utf8Title);
        screen.map(window);

        assertEquals(Optional.of(new NativeWindow(window.longValue(), utf8Title)), tracker.findByTitle(utf8Title));
    }

    @Test
    void reportsNoBoundsOnceTheWindowIsUnmappedOrGone() throws Exception {
        X11.Window window = screen.createWindow(title, new WindowBounds(10, 10, 60, 40));
        screen.map(window);
        NativeWindow found = tracker.findByTitle(title).orElseThrow();

        screen.unmap(window);
        assertEquals(Optional.empty(), tracker.bounds(found));
        assertEquals(Optional.empty(), tracker.findByTitle(title));

        screen.destroy(window);
        assertEquals(Optional.empty(), tracker.bounds(found), "a destroyed window raises BadWindow, which is survived");
    }

    @Test
    void answersCallsFromSeveralThreadsAtOnce() throws Exception {
        WindowBounds placed = new WindowBounds(70, 80, 90, 100);
        screen.map(screen.createWindow(title, placed));
        NativeWindow found = tracker.findByTitle(title).orElseThrow();
        ExecutorService threads = Executors.newFixedThreadPool(4);

        try {
            List<Future<Optional<WindowBounds>>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(threads.submit(() -> tracker.bounds(found)));
            }
            for (Future<Optional<WindowBounds>> answer : answers) {
                assertEquals(Optional.of(placed), answer.get(10, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void findsNothingForATitleNoWindowHas() throws Exception {
        assertTrue(tracker.findByTitle("no such window " + UUID.randomUUID()).isEmpty());
    }

    @Test
    void isChosenForThisLinuxSession() {
        assertTrue(WindowTracker.forCurrentOs() instanceof X11WindowTracker);
    }
}
