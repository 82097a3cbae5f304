package gg.lanelight.os.window;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.User32;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.win32.W32APIOptions;

/** user32 with the few calls jna-platform does not declare, loaded on first use on Windows. */
interface WindowsUser32 extends User32 {
    WindowsUser32 INSTANCE = Native.load("user32", WindowsUser32.class, W32APIOptions.DEFAULT_OPTIONS);

    int WS_EX_TOOLWINDOW = 0x00000080;
    int WS_EX_NOACTIVATE = 0x08000000;
    WinDef.HWND HWND_TOPMOST = new WinDef.HWND(new Pointer(-1));

    boolean IsIconic(WinDef.HWND window);

    boolean ClientToScreen(WinDef.HWND window, WinDef.POINT point);
}
