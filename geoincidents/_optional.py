"""Optional dependencies: which extra provides what, and the one check every optional feature calls.

The core install (``pip install geoincidents``) holds what the proximity API, the readers and the layer
exports need. Maps, the app and Dask come with extras; a feature whose extra is missing raises
:class:`~geoincidents.errors.MissingExtraError` naming the ``pip install`` line, instead of a bare
``ModuleNotFoundError`` from deep inside a third-party import.
"""

from __future__ import annotations

import importlib.util

from geoincidents.errors import MissingExtraError

__all__ = ["EXTRAS", "install_hint", "require"]

# extra -> the top-level modules it provides (the import names, not the distribution names)
EXTRAS: dict[str, tuple[str, ...]] = {
    "maps": ("folium", "branca", "jinja2"),
    "app": ("folium", "branca", "jinja2", "streamlit", "streamlit_folium"),
    "dask": ("dask_geopandas", "distributed"),
}


def install_hint(extra: str) -> str:
    """The command that installs ``extra``: ``pip install 'geoincidents[EXTRA]'``."""
    return f"pip install 'geoincidents[{extra}]'"


def require(extra: str, feature: str) -> None:
    """Raise a :class:`MissingExtraError` naming ``extra`` when one of its modules is not installed.

    Only looks the modules up (nothing is imported here), so a check costs next to nothing and a
    launcher that checks ``[app]`` does not import Streamlit itself.

    Parameters
    ----------
    extra
        A key of :data:`EXTRAS` (``"maps"``, ``"app"``, ``"dask"``).
    feature
        What the caller was about to do, for the message (``"drawing maps"``).

    Raises
    ------
    MissingExtraError
        When one of the extra's modules is not installed.
    """
    for module in EXTRAS[extra]:
        if importlib.util.find_spec(module) is None:
            raise MissingExtraError(
                f"{feature} needs the optional '{extra}' extra ({module} is not installed): {install_hint(extra)}"
            )
