package app.makegood.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/** A test that drives the whole application on a data folder of its own, and stops it afterwards. */
@ExtendWith(ApplicationExtension.class)
abstract class AppFlowTest extends FxRobot {
    @TempDir
    Path dataDir;
    final AppDriver driver = new AppDriver(this);

    @AfterEach
    void stopTheApp() throws Exception {
        driver.stop();
    }
}
