"""The :class:`Gazetteer` object: one loaded gazetteer and every index derived from it.

Every part of geoincidents that needs landmarks (the geocoder's landmark index, the proximity
check's perimeter index, maps, alert rules, layers) asks :func:`as_gazetteer` for the gazetteer it
was given (a :class:`Gazetteer`, a GeoDataFrame, a path, or None for the bundled Baghdad file) and
keeps what it derives from it in :meth:`Gazetteer.derived`. A file-backed gazetteer notices when its
file changes (modification time or size) and is read again, with fresh derived indexes, the next
time anyone asks: a landmark removed from the file is gone for every consumer at once.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar, Union

import geopandas as gpd
import shapely

from geoincidents._paths import data_path
from geoincidents.gazetteer.schema import DEFAULT_GAZETTEER, read_gazetteer_file, validate_gazetteer

__all__ = ["Gazetteer", "GazetteerLike", "as_gazetteer"]

T = TypeVar("T")

_FILES: dict[str, Gazetteer] = {}  # by resolved path: the current reading of each file
_FRAMES: OrderedDict[str, Gazetteer] = OrderedDict()  # by content digest, the most recent few
_MAX_FRAMES = 8
_REGISTRY_LOCK = threading.Lock()
# The gazetteer held as current for the length of one task (one report read by the extraction): see :func:`held`.
_HELD: ContextVar[Gazetteer | None] = ContextVar("geoincidents_held_gazetteer", default=None)


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_mtime_ns, st.st_size


def _digest(frame: gpd.GeoDataFrame) -> str:
    """Content digest of a gazetteer frame (geometry, CRS and every property)."""
    h = hashlib.sha256(str(frame.crs).encode())
    for blob in shapely.to_wkb(frame.geometry.array, hex=False):
        h.update(b"\x00" if blob is None else blob)
    props = frame.drop(columns=frame.geometry.name).to_dict("records")
    h.update(json.dumps(props, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class Gazetteer:
    """A validated gazetteer with the indexes derived from it.

    Build one with :meth:`load` (a file, or the bundled Baghdad gazetteer) or :meth:`from_frame`;
    or let :func:`as_gazetteer` do it for whatever a caller passed.

    Attributes
    ----------
    source
        Where the landmarks came from (a path, or ``"GeoDataFrame"``).
    path
        The file it was read from, or None for an in-memory frame.
    """

    def __init__(self, frame: gpd.GeoDataFrame, *, source: str, path: Path | None = None) -> None:
        self._frame = frame
        self.source = source
        self.path = path
        self._stamp = _stamp(path) if path is not None else None
        self._derived: dict[Hashable, Any] = {}
        self._lock = threading.RLock()

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """The current reading of a gazetteer file (None: the bundled one); read again when it changed.

        Raises
        ------
        FileNotFoundError
            When the file does not exist.
        GazetteerError
            When the file breaks the schema (every problem listed).
        """
        resolved = data_path(DEFAULT_GAZETTEER) if path is None else Path(path)
        if not resolved.is_file():
            raise FileNotFoundError(f"gazetteer file not found: {resolved}")
        key = str(resolved.resolve())
        with _REGISTRY_LOCK:
            known = _FILES.get(key)
        if known is not None and known.is_current():
            return known
        fresh = cls(read_gazetteer_file(Path(key)), source=str(resolved), path=Path(key))
        with _REGISTRY_LOCK:
            _FILES[key] = fresh
        return fresh

    @classmethod
    def from_frame(cls, frame: gpd.GeoDataFrame, *, source: str = "GeoDataFrame") -> Gazetteer:
        """A gazetteer held in memory, validated; the same content gives the same object (and indexes).

        Raises
        ------
        GazetteerError
            When the frame breaks the schema (every problem listed).
        """
        if not isinstance(frame, gpd.GeoDataFrame):
            raise TypeError(f"expected a GeoDataFrame, got {type(frame).__name__}")
        key = _digest(frame) if frame.crs is not None else None
        if key is not None:
            with _REGISTRY_LOCK:
                known = _FRAMES.get(key)
                if known is not None:
                    _FRAMES.move_to_end(key)
                    return known
        made = cls(validate_gazetteer(frame, source=source), source=source)
        if key is not None:
            with _REGISTRY_LOCK:
                _FRAMES[key] = made
                while len(_FRAMES) > _MAX_FRAMES:
                    _FRAMES.popitem(last=False)
        return made

    @property
    def frame(self) -> gpd.GeoDataFrame:
        """The landmarks (EPSG:4326, validated). Shared: copy it before changing anything."""
        return self._frame

    def is_current(self) -> bool:
        """False when the file this gazetteer was read from has changed or gone since."""
        if self.path is None:
            return True
        try:
            return _stamp(self.path) == self._stamp
        except OSError:
            return False

    def current(self) -> Gazetteer:
        """This gazetteer, or a fresh reading of its file when the file has changed."""
        if self.path is None or _HELD.get() is self or self.is_current():
            return self
        return Gazetteer.load(self.path)

    def derived(self, key: Hashable, build: Callable[[Gazetteer], T]) -> T:
        """Return what ``build(self)`` gives, computed once per gazetteer and ``key``.

        Indexes built from the landmarks (the geocoder's phrase index, a perimeter's grid index)
        live here, so they are dropped together with the landmarks they came from.
        """
        with self._lock:
            if key not in self._derived:
                self._derived[key] = build(self)
            value: T = self._derived[key]
            return value

    def __reduce__(self) -> tuple[Any, ...]:
        """Sent to another process (Dask workers) as its file or its landmarks, never its indexes."""
        if self.path is not None:
            return (Gazetteer.load, (self.path,))
        return (_from_frame, (self._frame, self.source))

    def __len__(self) -> int:
        return len(self._frame)

    def __repr__(self) -> str:
        return f"Gazetteer({self.source!r}, {len(self)} landmarks)"


def _from_frame(frame: gpd.GeoDataFrame, source: str) -> Gazetteer:
    return Gazetteer.from_frame(frame, source=source)


@contextmanager
def held(gazetteer: Gazetteer) -> Iterator[Gazetteer]:
    """Hold ``gazetteer`` as current within the block (in this thread or task only).

    Whoever resolved it (:func:`as_gazetteer`) checked its file once; the look-ups inside the block (one report's
    places, sit-in sites, landmark index: several per report) take it as it is instead of checking the file again,
    one ``stat`` each. A file changed meanwhile is read by the first look-up after the block, so one report is read
    with one reading of the gazetteer throughout.
    """
    token = _HELD.set(gazetteer)
    try:
        yield gazetteer
    finally:
        _HELD.reset(token)


GazetteerLike = Union[Gazetteer, gpd.GeoDataFrame, str, Path, None]  # noqa: UP007 (a runtime alias)
"""What every ``gazetteer=`` argument accepts."""


def as_gazetteer(gazetteer: GazetteerLike = None) -> Gazetteer:
    """Resolve any ``gazetteer=`` argument to the current :class:`Gazetteer`.

    A :class:`Gazetteer` is returned as it is (re-read when its file changed); a GeoDataFrame is
    validated (once per content); a path, or None for the bundled Baghdad gazetteer, is read (once
    per change of the file).
    """
    if isinstance(gazetteer, Gazetteer):
        return gazetteer.current()
    if isinstance(gazetteer, gpd.GeoDataFrame):
        return Gazetteer.from_frame(gazetteer)
    if gazetteer is None or isinstance(gazetteer, (str, Path)):
        return Gazetteer.load(gazetteer)
    raise TypeError(f"gazetteer must be a Gazetteer, a GeoDataFrame, a path or None, got {type(gazetteer).__name__}")
