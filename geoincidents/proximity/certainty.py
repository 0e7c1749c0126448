"""The one certainty policy: how far a location may be off, and what that allows us to say.

Every answer geoincidents gives about an incident and a zone (inside a perimeter, or within some
metres of it) comes from here: :func:`~geoincidents.proximity.check_proximity` (its ``band`` and
``breach`` columns), the alert rules of the store (:mod:`geoincidents.store.alerts`) and the app's
alert panel (:mod:`geoincidents.ui.views`). So one row gets one answer wherever it is looked at.

The rules (written out in ``docs/certainty.md``):

1. **Location uncertainty.** An incident's radius is its ``uncertainty_m`` when that is a number;
   otherwise the radius its ``geo_precision`` implies (:data:`GEO_PRECISION_UNCERTAINTY_M`, ACLED's
   codes); otherwise it is *unknown*.
2. **Distance range.** The signed distance to the perimeter (negative inside) may be off by the
   location radius plus the perimeter's own ``position_uncertainty_m``: ``distance_min_m`` and
   ``distance_max_m``. An unknown radius counts as 0 in that range.
3. **Zones are half-open.** "Within ``t`` metres" means a signed distance ``< t``; "inside" is
   ``t = 0``. Bands follow the same rule: a distance ``d`` with ``low <= d < high`` is in the band
   ``low-high m``, and a point on the boundary (``d = 0``) is in the first outer band.
4. **Certainty.** ``certain`` when the whole range lies in the zone (``distance_max_m < t``) and the
   radius is known; ``possible`` when part of it does (``distance_min_m < t``), or the whole range
   does but the radius is unknown; ``excluded`` otherwise. A vague location is therefore never a
   certain breach on the strength of its centroid alone, and a location of unknown precision is at
   most a possible one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike, NDArray

from geoincidents.schema import CERTAINTIES, Certainty

__all__ = [
    "CERTAINTIES",
    "DEFAULT_BANDS_M",
    "GEO_PRECISION_UNCERTAINTY_M",
    "alert_levels",
    "band_codes",
    "band_labels",
    "certainty_codes",
    "certainty_labels",
    "certainty_of",
    "check_bands",
    "distance_range",
    "location_uncertainty",
]

DEFAULT_BANDS_M: tuple[float, ...] = (250.0, 1000.0, 3000.0)
"""Default band edges in metres outside the perimeter."""

GEO_PRECISION_UNCERTAINTY_M: Final[Mapping[int, float]] = {1: 250.0, 2: 2000.0, 3: 10000.0}
"""Radius implied by ACLED's ``geo_precision`` when a row states no ``uncertainty_m``: 1 = the place
itself (a town or a named site), 2 = near it or part of a region, 3 = only a larger area (the city,
the province) is known."""

CERTAIN: Final = 0
POSSIBLE: Final = 1
EXCLUDED: Final = 2
MISSING: Final = -1
"""Codes of :func:`certainty_codes`: indexes into :data:`CERTAINTIES`, -1 where the position is missing."""


def _fmt_m(value: float) -> str:
    return f"{value:g}"


def check_bands(bands_m: Sequence[float] | NDArray[np.float64]) -> NDArray[np.float64]:
    """Return band edges as an array, or raise :class:`ValueError` unless positive and increasing."""
    edges = np.asarray(bands_m, dtype=float)
    if edges.ndim != 1 or len(edges) == 0:
        raise ValueError("bands_m must be a non-empty sequence of distances in metres")
    if not np.isfinite(edges).all() or (edges <= 0).any() or (np.diff(edges) <= 0).any():
        raise ValueError(f"bands_m must be positive and strictly increasing, got {list(bands_m)}")
    return edges


def band_labels(bands_m: Sequence[float] | NDArray[np.float64] = DEFAULT_BANDS_M) -> list[str]:
    """Return the ordered band labels for band edges in metres: ``inside``, ``0-250 m``, ..., ``>3000 m``.

    A band ``low-high m`` holds the distances ``low <= d < high`` (rule 3 of this module); points on
    the boundary (distance 0) fall in the first outer band.
    """
    edges = check_bands(bands_m)
    labels = ["inside"]
    low = 0.0
    for edge in edges:
        labels.append(f"{_fmt_m(low)}-{_fmt_m(edge)} m")
        low = edge
    labels.append(f">{_fmt_m(low)} m")
    return labels


def band_codes(
    valid: NDArray[np.bool_], inside: NDArray[np.bool_], distance: NDArray[np.float64], edges: NDArray[np.float64]
) -> NDArray[np.int16]:
    """Index into :func:`band_labels`: 0 inside, then one per band edge reached (``d >= edge``); -1 missing."""
    code = np.ones(len(valid), dtype=np.int16)
    for edge in edges:
        code += distance >= edge
    code[inside] = 0
    code[~valid] = -1
    return code


def _as_float(values: ArrayLike | pd.Series | None, n: int) -> NDArray[np.float64]:
    if values is None:
        return np.full(n, np.nan)
    if isinstance(values, pd.Series):
        values = pd.to_numeric(values, errors="coerce").astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    return np.broadcast_to(np.asarray(values, dtype=float), (n,)).copy()


def location_uncertainty(
    uncertainty_m: ArrayLike | pd.Series | None,
    geo_precision: ArrayLike | pd.Series | None = None,
    *,
    n: int | None = None,
) -> NDArray[np.float64]:
    """Per-row location radius in metres (rule 1): ``uncertainty_m``, else from ``geo_precision``, else NaN.

    Parameters
    ----------
    uncertainty_m
        Stated radii (NaN/None where not stated), or None when no row states one.
    geo_precision
        ACLED precision codes 1-3 (NaN/None where unknown), or None.
    n
        Number of rows when both inputs are scalars or None.

    Returns
    -------
    numpy.ndarray
        Float radii; NaN where the radius is unknown.

    Raises
    ------
    ValueError
        When a stated radius is negative.
    """
    if n is None:
        sizes = [len(v) for v in (uncertainty_m, geo_precision) if v is not None and np.ndim(v) > 0]  # type: ignore[arg-type]
        n = sizes[0] if sizes else 1
    radius = _as_float(uncertainty_m, n)
    if (radius[np.isfinite(radius)] < 0).any():
        raise ValueError("uncertainty_m must be >= 0")
    radius[np.isinf(radius)] = np.nan
    missing = ~np.isfinite(radius)
    if missing.any() and geo_precision is not None:
        precision = _as_float(geo_precision, n)
        for code, implied in GEO_PRECISION_UNCERTAINTY_M.items():
            radius[missing & (precision == code)] = implied
    return radius


def distance_range(
    distance: NDArray[np.float64], radius: NDArray[np.float64], perimeter_uncertainty_m: float | NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The signed distance range a location allows (rule 2); an unknown radius counts as 0."""
    total = np.where(np.isfinite(radius), radius, 0.0) + perimeter_uncertainty_m
    return distance - total, distance + total


def certainty_codes(
    distance: NDArray[np.float64],
    radius: NDArray[np.float64],
    perimeter_uncertainty_m: float | NDArray[np.float64],
    threshold_m: float = 0.0,
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.int8]]:
    """Certainty that each location lies in the zone ``distance < threshold_m`` (rules 2-4).

    Parameters
    ----------
    distance
        Signed distances to the perimeter in metres (negative inside; NaN where the position is missing).
    radius
        Location radii from :func:`location_uncertainty` (NaN = unknown).
    perimeter_uncertainty_m
        The perimeter's own position uncertainty in metres (per row, or one number).
    threshold_m
        The zone: 0 for inside the perimeter, ``t`` for within ``t`` metres outside it.

    Returns
    -------
    distance_min_m, distance_max_m, codes
        The range, and per row an index into :data:`CERTAINTIES` (``certain``, ``possible``,
        ``excluded``), -1 where the distance is missing.
    """
    dmin, dmax = distance_range(distance, radius, perimeter_uncertainty_m)
    valid = np.isfinite(distance)
    certain = valid & (dmax < threshold_m) & np.isfinite(radius)
    possible = valid & ~certain & (dmin < threshold_m)
    codes = np.full(len(distance), EXCLUDED, dtype=np.int8)
    codes[possible] = POSSIBLE
    codes[certain] = CERTAIN
    codes[~valid] = MISSING
    return dmin, dmax, codes


def certainty_of(code: int) -> Certainty | None:
    """The :data:`~geoincidents.schema.Certainty` label of one code of :func:`certainty_codes` (None if missing)."""
    return None if code < 0 else CERTAINTIES[code]


def certainty_labels(codes: NDArray[np.int8]) -> pd.Categorical:
    """Codes of :func:`certainty_codes` as a categorical over :data:`CERTAINTIES` (missing where -1)."""
    return pd.Categorical.from_codes(codes, categories=list(CERTAINTIES))


def alert_levels(
    distance: NDArray[np.float64],
    radius: NDArray[np.float64],
    perimeter_uncertainty_m: float | NDArray[np.float64],
    bands_m: Sequence[float] = DEFAULT_BANDS_M,
) -> NDArray[np.str_]:
    """The alert level of each location: inside the perimeter or within the first band, certainly or possibly.

    ``"inside"``, ``"possibly inside"``, ``"within {first band}"``, ``"possibly within {first band}"``, or
    ``""`` (no alert; also where the distance is missing). The app's alert panel and the map's alert
    incidents use this, with the certainty of rule 4 (:func:`certainty_codes`).
    """
    label = band_labels(bands_m)[1]
    _, _, in_zone = certainty_codes(distance, radius, perimeter_uncertainty_m, 0.0)
    _, _, in_band = certainty_codes(distance, radius, perimeter_uncertainty_m, float(bands_m[0]))
    out: NDArray[np.str_] = np.select(
        [in_zone == CERTAIN, in_zone == POSSIBLE, in_band == CERTAIN, in_band == POSSIBLE],
        ["inside", "possibly inside", f"within {label}", f"possibly within {label}"],
        default="",
    )
    return out
