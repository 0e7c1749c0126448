"""Where the bundled data files live, in a source checkout and in an installed package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__: list[str] = []

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def data_path(name: str) -> Path:
    """Return the path of a bundled data file.

    In a source checkout (``pyproject.toml`` beside the package) the editable copy in ``data/`` is
    used; in an installed package the copy shipped as package data (``geoincidents.data``).

    Raises
    ------
    FileNotFoundError
        When the file is in neither place.
    """
    if (_SOURCE_ROOT / "pyproject.toml").is_file():
        candidate = _SOURCE_ROOT / "data" / name
        if candidate.exists():
            return candidate
    try:
        packaged = resources.files("geoincidents.data").joinpath(name)
    except ModuleNotFoundError:
        packaged = None
    if packaged is not None and packaged.is_file():
        return Path(str(packaged))
    raise FileNotFoundError(
        f"bundled data file {name!r} not found in {_SOURCE_ROOT / 'data'} nor in the installed "
        "package data (geoincidents.data); reinstall the package"
    )
