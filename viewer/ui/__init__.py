"""The Qt layer: adapts the core to widgets, item models and undo commands."""

import sys

import PySide6  # noqa: F401 - it sets up what `_skip_feature_scan` turns off


def _skip_feature_scan() -> None:
    """PySide6 reads the source of every module imported after it (some 200 here: 40-70 ms of
    each start and 7 MB of lines kept) to see whether it names PySide6 and so might ask for
    one of the `__feature__` options (snake_case, true_property). No module of this app asks
    for one, so none needs the look. A PySide6 that does it otherwise is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: False


_skip_feature_scan()
