"""The user's settings: the one place that answers which tiles, base map, gazetteer, perimeter, bands, store, rules.

Each setting is looked up in four places, the first that gives it wins (``docs/configuration.md``):

1. a command-line option (the CLI passes its options as ``overrides``; the app its sidebar choices);
2. an environment variable, ``GEOINCIDENTS_`` and the key in capitals (``GEOINCIDENTS_TILES`` ...);
3. the configuration file ``geoincidents.toml``: the one named by ``--config``, else by
   ``$GEOINCIDENTS_CONFIG``, else ``./geoincidents.toml``, else ``geoincidents/geoincidents.toml`` in the
   user's configuration folder (``$XDG_CONFIG_HOME`` or ``~/.config``; ``%APPDATA%`` on Windows);
4. the built-in default.

Only the first configuration file found is read. It is TOML, read with :mod:`tomllib` (never
evaluated), with the keys of :data:`SETTINGS` at the top level; relative paths in it are relative to
the file's folder. Every value is checked when it is read, and a bad one raises :class:`ConfigError`
naming where it came from (file and key, variable, or option).

Importing this module is cheap (standard library only): the command line reads the configuration
before it imports pandas or geopandas. The Python API does not read it behind the caller's back: its
functions take these values as arguments; call :func:`load_config` to use the same settings.
"""

from __future__ import annotations

import itertools
import math
import os
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoincidents.errors import ConfigError

if TYPE_CHECKING:
    from geoincidents.store.alerts import AlertRule

__all__ = [
    "CONFIG_ENV",
    "CONFIG_NAME",
    "DEFAULT_PERIMETER",
    "SETTINGS",
    "Config",
    "ConfigError",
    "Setting",
    "config_file",
    "env_var",
    "load_config",
    "user_config_dir",
]

CONFIG_NAME = "geoincidents.toml"
"""The configuration file's name, looked for in the working folder and the user's configuration folder."""
CONFIG_ENV = "GEOINCIDENTS_CONFIG"
"""Environment variable naming the configuration file."""
DEFAULT_PERIMETER = "green_zone"
"""The perimeter measured against when none is configured (the bundled gazetteer's Green Zone)."""
_ENV_PREFIX = "GEOINCIDENTS_"


@dataclass(frozen=True)
class Setting:
    """One configuration key: its name (in the file; ``GEOINCIDENTS_`` + NAME in the environment), kind and meaning."""

    key: str
    kind: str
    """``text``, ``tiles``, ``file`` (must exist), ``path`` (may not exist yet), ``bands`` or ``rules``."""
    help: str
    default: str = "none"
    """The default, in words."""


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "tiles", "tiles", "XYZ tile URL template ({z}/{x}/{y}) of the base map, or 'none' (default: none, offline)"
    ),
    Setting("attribution", "text", "who made the tiles, shown on the map (plain text)"),
    Setting("basemap", "file", "local base-map archive (.pmtiles or .mbtiles) drawn under the map, or 'none'"),
    Setting("gazetteer", "file", "gazetteer file", "the bundled Baghdad gazetteer"),
    Setting("perimeter", "text", "perimeter id or name measured against", DEFAULT_PERIMETER),
    Setting("bands", "bands", "distance band edges in metres, increasing", "250, 1000, 3000"),
    Setting("store", "path", "incident store GeoPackage (.gpkg) used by watch, review, alerts and the app"),
    Setting("alert_rules", "rules", "alert rules: a JSON file, or [[alert_rules]] tables in the configuration file"),
)
"""Every configuration key, in the order ``geoincidents config`` lists them."""
_BY_KEY = {s.key: s for s in SETTINGS}
_SWITCHABLE = frozenset({"tiles", "basemap"})
"""Keys that ``"none"`` (or ``"off"``) switches off, overriding a lower source."""


def env_var(key: str) -> str:
    """The environment variable of a key: ``GEOINCIDENTS_`` and the key in capitals (``GEOINCIDENTS_ALERT_RULES``)."""
    return _ENV_PREFIX + key.upper()


def user_config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The user's configuration folder for geoincidents (``$XDG_CONFIG_HOME/geoincidents`` or the platform's)."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / "geoincidents"
    base = env.get("XDG_CONFIG_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".config") / "geoincidents"


def config_file(
    explicit: str | Path | None = None, *, environ: Mapping[str, str] | None = None, cwd: str | Path | None = None
) -> Path | None:
    """The configuration file in use, or None when there is none.

    ``explicit`` (``--config``) and ``$GEOINCIDENTS_CONFIG`` must name an existing file; the working
    folder's and the user's ``geoincidents.toml`` are used when they exist.

    Raises
    ------
    ConfigError
        When ``explicit`` or ``$GEOINCIDENTS_CONFIG`` names no file.
    """
    env = os.environ if environ is None else environ
    for where, value in (("--config", explicit), (f"${CONFIG_ENV}", env.get(CONFIG_ENV))):
        if value is not None and str(value).strip():
            path = Path(str(value).strip()).expanduser()
            if not path.is_file():
                raise ConfigError(f"{where}: configuration file not found: {path}")
            return path
    for candidate in (Path(cwd or Path.cwd()) / CONFIG_NAME, user_config_dir(env) / CONFIG_NAME):
        if candidate.is_file():
            return candidate
    return None


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from exc
    unknown = sorted(set(doc) - set(_BY_KEY))
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {unknown}; the keys are {[s.key for s in SETTINGS]}")
    return doc


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: must be text, got {type(value).__name__} {value!r}")
    text = value.strip()
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise ConfigError(f"{where}: must be one line without control characters")
    return text


def _bands(value: Any, where: str) -> tuple[float, ...]:
    if isinstance(value, str):  # the environment and the command line: "250,1000,3000" or "250 1000 3000"
        parts = value.replace(",", " ").split()
        try:
            value = [float(p) for p in parts]
        except ValueError as exc:
            raise ConfigError(f"{where}: band edges must be numbers of metres, got {value!r}") from exc
    if not isinstance(value, (list, tuple)) or not value:
        raise ConfigError(f"{where}: must be a list of band edges in metres, e.g. [250, 1000, 3000]")
    if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in value):
        raise ConfigError(f"{where}: band edges must be numbers of metres, got {list(value)!r}")
    edges = tuple(float(v) for v in value)
    if not all(math.isfinite(v) and v > 0 for v in edges) or any(b <= a for a, b in itertools.pairwise(edges)):
        raise ConfigError(f"{where}: band edges must be positive and increasing, got {list(edges)!r}")
    return edges


def _path(value: Any, where: str, base: Path | None, must_exist: bool) -> Path:
    text = _text(value, where)
    if not text:
        raise ConfigError(f"{where}: the path is empty")
    path = Path(text).expanduser()
    if base is not None and not path.is_absolute():
        path = base / path
    if must_exist and not path.is_file():
        raise ConfigError(f"{where}: file not found: {path}")
    return path


def _rules(value: Any, where: str, base: Path | None) -> Path | tuple[dict[str, Any], ...]:
    if isinstance(value, list):
        if not all(isinstance(item, dict) for item in value):
            raise ConfigError(f"{where}: inline alert rules must be tables ([[alert_rules]])")
        return tuple(dict(item) for item in value)
    return _path(value, where, base, must_exist=True)


def _checked(setting: Setting, value: Any, where: str, base: Path | None) -> Any:
    """A raw value of ``setting`` (from a file, the environment or an option) checked and typed."""
    kind = setting.kind
    if kind == "bands":
        return _bands(value, where)
    if kind == "rules":
        return _rules(value, where, base)
    if setting.key in _SWITCHABLE and isinstance(value, str) and value.strip().lower() in ("", "none", "off"):
        return None  # said on purpose: no base tiles / base map, whatever a lower source says
    if kind in ("file", "path"):
        return _path(value, where, base, must_exist=kind == "file")
    text = _text(value, where)
    return text or None


@dataclass(frozen=True)
class Config:
    """The settings in force, each with where it came from (see the module's rules).

    Attributes
    ----------
    values
        Each key given somewhere, checked and typed (``tiles``: str or None for "no tiles"; paths as
        :class:`~pathlib.Path`; ``bands``: tuple of floats; ``alert_rules``: a path or inline tables).
    origins
        For each key in ``values``: ``--option``, ``$VARIABLE`` or ``FILE: key``.
    file
        The configuration file read, or None.
    """

    values: Mapping[str, Any] = field(default_factory=dict)
    origins: Mapping[str, str] = field(default_factory=dict)
    file: Path | None = None

    def origin(self, key: str) -> str:
        """Where ``key``'s value came from (``"default"`` when from nowhere)."""
        return self.origins.get(key, "default")

    @property
    def tiles(self) -> str | None:
        """The tile URL template (not yet checked as one: :func:`geoincidents.maps.build.check_tile_url`), or None."""
        value: str | None = self.values.get("tiles")
        return value

    @property
    def attribution(self) -> str | None:
        """Who made the tiles, or None (the map then asks for one when tiles are used)."""
        value: str | None = self.values.get("attribution")
        return value

    @property
    def basemap(self) -> Path | None:
        """The local base-map archive (.pmtiles / .mbtiles), or None."""
        value: Path | None = self.values.get("basemap")
        return value

    @property
    def gazetteer(self) -> Path | None:
        """The gazetteer file, or None for the bundled Baghdad one."""
        value: Path | None = self.values.get("gazetteer")
        return value

    @property
    def perimeter(self) -> str:
        """The perimeter id or name (default :data:`DEFAULT_PERIMETER`)."""
        value: str | None = self.values.get("perimeter")
        return value or DEFAULT_PERIMETER

    @property
    def bands(self) -> tuple[float, ...]:
        """The distance band edges in metres (default :data:`geoincidents.proximity.certainty.DEFAULT_BANDS_M`)."""
        value: tuple[float, ...] | None = self.values.get("bands")
        if value is None:
            from geoincidents.proximity.certainty import DEFAULT_BANDS_M

            return tuple(DEFAULT_BANDS_M)
        return value

    @property
    def store(self) -> Path | None:
        """The incident store's GeoPackage, or None when none is configured."""
        value: Path | None = self.values.get("store")
        return value

    def alert_rules(self) -> list[AlertRule]:
        """The configured alert rules, checked against the configured gazetteer (empty list when none).

        Inline rules (``[[alert_rules]]``) without ``bands_m`` use the configured :attr:`bands`; a JSON
        rules file is read as it is (:func:`geoincidents.store.alerts.load_rules`).

        Raises
        ------
        ConfigError
            When a rule is invalid; the message names the file or variable and the rule.
        """
        value = self.values.get("alert_rules")
        if value is None:
            return []
        from geoincidents.store.alerts import load_rules, rules_from_items

        where = self.origin("alert_rules")
        try:
            if isinstance(value, Path):
                return load_rules(value, gazetteer=self.gazetteer)
            # inline rules read their band labels against the configured bands unless they give their own
            items = [item if "bands_m" in item else {**item, "bands_m": list(self.bands)} for item in value]
            return rules_from_items(items, where=where, gazetteer=self.gazetteer)
        except (ValueError, FileNotFoundError) as exc:
            raise ConfigError(f"{where}: {exc}" if isinstance(value, Path) else str(exc)) from exc

    def shown(self) -> list[tuple[str, str, str]]:
        """Every key as ``(key, value as text, origin)``, for ``geoincidents config``."""
        rows = []
        for setting in SETTINGS:
            key = setting.key
            if key == "bands":
                text = ", ".join(f"{b:g}" for b in self.bands)
            elif key == "perimeter":
                text = self.perimeter
            elif key == "alert_rules" and isinstance(self.values.get(key), tuple):
                text = f"{len(self.values[key])} inline rule(s)"
            elif key in self.values and self.values[key] is not None:
                text = str(self.values[key])
            else:
                text = setting.default
            rows.append((key, text, self.origin(key)))
        return rows


def load_config(
    path: str | Path | None = None,
    *,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
) -> Config:
    """Read the settings in force: ``overrides`` > environment > configuration file > defaults.

    Parameters
    ----------
    path
        The configuration file given on the command line (``--config``); None to look for one.
    overrides
        Values given as options, by key (``{"perimeter": "green_zone", "bands": [250, 500]}``); a
        None value means "not given". ``tiles`` may be ``"none"`` to switch tiles off.
    environ
        The environment to read (``os.environ`` when None).
    cwd
        The working folder, where ``./geoincidents.toml`` is looked for (the process's when None).

    Raises
    ------
    ConfigError
        When the file cannot be read or holds an unknown key, or any value is invalid; the message
        names the file and key, the variable or the option.
    """
    env = os.environ if environ is None else environ
    source = config_file(path, environ=env, cwd=cwd)
    doc = _read_file(source) if source is not None else {}
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for setting in SETTINGS:
        key = setting.key
        given = (overrides or {}).get(key)
        if given is not None:
            where, raw, base = f"--{key.replace('_', '-')}", given, None
        elif env.get(env_var(key), "").strip():
            where, raw, base = f"${env_var(key)}", env[env_var(key)], None
        elif key in doc and source is not None:
            where, raw, base = f"{source}: {key}", doc[key], source.parent
        else:
            continue
        values[key] = _checked(setting, raw, where, base)
        origins[key] = where
    unknown = sorted(set(overrides or {}) - set(_BY_KEY))
    if unknown:
        raise ConfigError(f"unknown setting(s) {unknown}; the keys are {[s.key for s in SETTINGS]}")
    return Config(values=values, origins=origins, file=source)
