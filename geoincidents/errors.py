"""Every error geoincidents raises on purpose, under one base class.

Catch :class:`GeoincidentsError` to handle anything the library reports about its input or its
environment; each subclass also derives from the built-in exception it replaces (``ValueError``,
``RuntimeError``), so code written against those keeps working. Each message names what was wrong
and where (file, row, field, feature), so it can be shown to a user as it is.
"""

from __future__ import annotations

__all__ = [
    "AssetError",
    "BasemapError",
    "CRSMissingError",
    "ConfigError",
    "EventTypeMappingError",
    "GazetteerError",
    "GeoincidentsError",
    "IncidentReadError",
    "InputLimitError",
    "MissingExtraError",
    "OSMExtractError",
    "StoreBusyError",
    "StoreError",
    "StoreFullError",
    "StoreIOError",
    "TileSourceError",
]


class GeoincidentsError(Exception):
    """Base class of every error geoincidents raises on purpose."""


class MissingExtraError(GeoincidentsError, ImportError):
    """A feature needs an optional extra that is not installed; the message names the ``pip install`` line."""


class GazetteerError(GeoincidentsError, ValueError):
    """A gazetteer file breaks the schema. ``problems`` lists every problem found, not only the first."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        shown = "\n  ".join(problems[:25])
        more = f"\n  ... and {len(problems) - 25} more" if len(problems) > 25 else ""
        super().__init__(f"invalid gazetteer {source}: {len(problems)} problem(s):\n  {shown}{more}")


class CRSMissingError(GeoincidentsError, ValueError):
    """A GeoDataFrame or GeoSeries carries no CRS, so its coordinates cannot be interpreted."""


class IncidentReadError(GeoincidentsError, ValueError):
    """A file cannot be read as incidents at all; ``source`` names it and ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class InputLimitError(GeoincidentsError, ValueError):
    """An input is larger or deeper than a stated limit (see the README's input limits)."""


class StoreError(GeoincidentsError, ValueError):
    """The file is not an incident store this package made (left untouched), or the store refused a change."""


class StoreBusyError(StoreError):
    """Another process kept the store's write lock longer than the timeout; nothing was written."""


class StoreFullError(StoreError):
    """The disk holding the store (or the database's page limit) is full; nothing was written."""


class StoreIOError(StoreError):
    """The store file could not be read or written (I/O error, read-only file, damaged file)."""


class OSMExtractError(GeoincidentsError, ValueError):
    """An OpenStreetMap extract cannot be read: not the format its name says, broken, or unsafe (a DTD)."""


class TileSourceError(GeoincidentsError, ValueError):
    """The base tiles asked for a map are unusable: a URL that is not an XYZ template, or no attribution."""


class ConfigError(GeoincidentsError, ValueError):
    """A setting is invalid: a configuration file, environment variable or option (the message names which)."""


class BasemapError(TileSourceError):
    """A local base map file (PMTiles or MBTiles) is unusable: unreadable, not an archive, or too large to embed."""


class AssetError(GeoincidentsError, RuntimeError):
    """The offline map assets are missing, incomplete or do not match the manifest."""


class EventTypeMappingError(GeoincidentsError, ValueError):
    """A mapping of event types to ACLED's six cannot be used: unreadable file, or a type ACLED does not have."""
