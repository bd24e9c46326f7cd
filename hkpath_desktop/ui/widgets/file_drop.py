"""Dropping files from the desktop's file manager: many at once, local files only.

``FileDropZone`` is a labelled target; ``DropFilter`` makes any widget (a tree's viewport)
a target too, asking a callback whether the point under the cursor takes files.

Signals:
    filesDropped(list): the local paths of the dropped files, in the order given
    (``DropFilter``: and the QPoint where they were dropped).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QWidget


def local_paths(mime: QMimeData) -> list[str]:
    """The local file paths a drag carries; web links and other data are ignored."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class FileDropZone(QLabel):
    filesDropped = Signal(list)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("fileDropZone")
        self.setAcceptDrops(True)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setFrameShadow(QLabel.Shadow.Sunken)
        self.setMinimumHeight(self.fontMetrics().height() * 3)
        self.setAccessibleName(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._consider(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._consider(event)

    def _consider(self, event: QDragMoveEvent) -> None:
        if self.isEnabled() and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not self.isEnabled() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(paths)


class DropFilter(QObject):
    filesDropped = Signal(list, QPoint)

    def __init__(self, target: QWidget, accepts: Callable[[QPoint], bool]) -> None:
        super().__init__(target)
        self._accepts = accepts
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragMoveEvent
        ):
            if local_paths(event.mimeData()) and self._accepts(event.position().toPoint()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            point = event.position().toPoint()
            paths = local_paths(event.mimeData())
            if paths and self._accepts(point):
                event.acceptProposedAction()
                self.filesDropped.emit(paths, point)
            else:
                event.ignore()
            return True
        return super().eventFilter(watched, event)
