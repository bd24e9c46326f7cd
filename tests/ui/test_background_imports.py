"""Modules imported in a thread: none collected meanwhile, and frozen out of later collections."""

from __future__ import annotations

import gc

from hkpath_desktop.ui.lazy_tabs import BackgroundImports


def test_imports_run_without_collections_then_freeze_what_they_made() -> None:
    seen: list[bool] = []
    imports = BackgroundImports(("json",), then={"json": lambda: seen.append(gc.isenabled())})
    gc.unfreeze()
    assert gc.isenabled()
    imports.start()
    assert imports._thread is not None
    imports._thread.join(timeout=10)
    assert imports.ready("json")
    assert seen == [False]  # the collector was paused while the thread imported
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_a_paused_collector_stays_paused() -> None:
    imports = BackgroundImports(("json",))
    gc.disable()
    try:
        imports.start()
        assert imports._thread is not None
        imports._thread.join(timeout=10)
        assert not gc.isenabled()  # start-up turns it on once the store is attached
    finally:
        gc.enable()
