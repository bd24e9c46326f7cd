"""The Qt user interface; the only room that imports PySide6."""
