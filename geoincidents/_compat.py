"""Old module paths of the flat layout (before the subpackages), kept importable with a warning.

``import geoincidents.mapping`` still works and gives :mod:`geoincidents.maps.build`, with a
:class:`DeprecationWarning` naming the new path. Names re-exported from :mod:`geoincidents` itself did
not move and need nothing. The table below is the whole map of what moved where.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import warnings
from collections.abc import Sequence
from types import ModuleType

MOVED: dict[str, str] = {
    "geoincidents.names": "geoincidents.gazetteer.names",
    "geoincidents.osm": "geoincidents.gazetteer.osm",
    "geoincidents.scale": "geoincidents.proximity.dask",
    "geoincidents.dates": "geoincidents.extraction.dates",
    "geoincidents.actors": "geoincidents.extraction.actors",
    "geoincidents.geocoding": "geoincidents.extraction.geocoding",
    "geoincidents.events": "geoincidents.extraction.events",
    "geoincidents.reports": "geoincidents.extraction.reports",
    "geoincidents.validation": "geoincidents.io.validation",
    "geoincidents.export": "geoincidents.io.geojson",
    "geoincidents.alerts": "geoincidents.store.alerts",
    "geoincidents.watch": "geoincidents.store.watch",
    "geoincidents.review": "geoincidents.ui.review",
    "geoincidents.analysis": "geoincidents.ui.views",
    "geoincidents.mapping": "geoincidents.maps.build",
    "geoincidents.assets": "geoincidents.maps.assets",
    "geoincidents.escape": "geoincidents.maps.escape",
}


class _Alias(importlib.abc.Loader):
    """Loads an old module path as the module that replaced it (the same module object)."""

    def __init__(self, new: str) -> None:
        self.new = new
        self._spec: importlib.machinery.ModuleSpec | None = None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        warnings.warn(
            f"{spec.name} moved to {self.new}; import it from there (the old path will be removed)",
            DeprecationWarning,
            stacklevel=2,
        )
        module = importlib.import_module(self.new)
        self._spec = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the new module is already imported; give it back its own spec.

        The import system sets ``__spec__`` of whatever :meth:`create_module` returned to the old
        path's spec; the module keeps its real identity.
        """
        module.__spec__ = self._spec


class _MovedFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        if new is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _Alias(new))


def install() -> None:
    """Put the finder for the old module paths on :data:`sys.meta_path` (once)."""
    if not any(isinstance(f, _MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedFinder())
