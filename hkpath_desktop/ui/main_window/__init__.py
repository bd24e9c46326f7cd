"""The main window: the household list, the four tabs (``tabs``) and the File and Household
menus' work (``actions``)."""

from hkpath_desktop.ui.main_window.window import MainWindow, dispose

__all__ = ["MainWindow", "dispose"]
