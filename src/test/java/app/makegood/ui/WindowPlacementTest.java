package app.makegood.ui;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D NETBOOK = new Rectangle2D(0, 27, 1024, 573);

    @Test
    void firstRunOnABigScreenUsesTheDefaultSizeCentred() {
        Rectangle2D place = WindowPlacement.fit(Optional.empty(), new Rectangle2D(0, 0, 1920, 1050));
        assertEquals(new Rectangle2D(320, 125, 1280, 800), place);
    }

    @Test
    void firstRunOnASmallScreenFitsItsUsableArea() {
        assertEquals(new Rectangle2D(43, 0, 1280, 740), WindowPlacement.fit(Optional.empty(), LAPTOP));
        assertEquals(NETBOOK, WindowPlacement.fit(Optional.empty(), NETBOOK));
    }

    @Test
    void aRememberedPlaceComesBackWhenItFits() {
        Rectangle2D last = new Rectangle2D(100, 20, 1000, 650);
        assertEquals(last, WindowPlacement.fit(Optional.of(last), LAPTOP));
    }

    @Test
    void aRememberedPlacePartlyOffScreenIsMovedAndShrunkInside() {
        Rectangle2D last = new Rectangle2D(900, -50, 1300, 900);
        assertEquals(NETBOOK, WindowPlacement.fit(Optional.of(last), NETBOOK));
        Rectangle2D lowRight = new Rectangle2D(800, 300, 1000, 600);
        assertEquals(new Rectangle2D(366, 140, 1000, 600), WindowPlacement.fit(Optional.of(lowRight), LAPTOP));
    }

    @Test
    void aTinyRememberedSizeGrowsToTheMinimum() {
        Rectangle2D tiny = new Rectangle2D(10, 10, 200, 100);
        assertEquals(new Rectangle2D(10, 10, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT),
                WindowPlacement.fit(Optional.of(tiny), LAPTOP));
    }

    @Test
    void screensAreKnownBySize() {
        assertEquals("1366x768", WindowPlacement.key(new Rectangle2D(1920, 0, 1366, 768)));
    }
}
