"""A verified polynomial stand-in for one pyproj projection over a small lon/lat box.

Projecting a million points with pyproj costs ~0.15-0.3 s; over a city-sized box the projection is
so smooth that a quartic polynomial in (lon, lat) reproduces it to a micrometre at a small fraction
of that cost. The polynomial is fitted by least squares to pyproj itself and then checked
against pyproj on a grid four times denser than the fit (including every fit cell's midpoints and the
box edges); it is used only when that check's maximum error is at most :data:`MAX_ERROR_M`, and only
for points inside the box. Everything else goes through pyproj.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from pyproj import Transformer

__all__: list[str] = []

MAX_ERROR_M = 1e-6
"""Largest error (metres, Euclidean) accepted on the check grid: results then match pyproj's to the
micrometre, far inside the 0.5 m the proximity checks promise."""
DEGREE = 4
_FIT_NODES = 25
_CHECK_NODES = 4 * (_FIT_NODES - 1) + 1
_TERMS = [(i, j) for i in range(DEGREE + 1) for j in range(DEGREE + 1 - i)]  # u**i * v**j


def _monomials(u: NDArray[np.float64], v: NDArray[np.float64]) -> NDArray[np.float64]:
    """Design matrix: one column u**i * v**j per term of :data:`_TERMS`."""
    return np.column_stack([u**i * v**j for i, j in _TERMS])


def _horner(u: NDArray[np.float64], v: NDArray[np.float64], c: NDArray[np.float64]) -> NDArray[np.float64]:
    """Evaluate sum(c[i, j] * u**i * v**j) in nested (Horner) form, u outside, v inside."""
    out: NDArray[np.float64] | None = None
    for i in range(DEGREE, -1, -1):
        row = np.full_like(v, c[i, DEGREE - i])
        for j in range(DEGREE - i - 1, -1, -1):
            row *= v
            row += c[i, j]
        if out is None:
            out = row
        else:
            out *= u
            out += row
    assert out is not None
    return out


@dataclass(frozen=True)
class LocalProjection:
    """Polynomial replacing ``transformer`` inside a lon/lat box, with its checked error.

    Attributes
    ----------
    bounds
        (lon_min, lat_min, lon_max, lat_max) of the box where the polynomial may be used.
    max_error_m
        Largest distance between the polynomial and pyproj found on the check grid.
    """

    bounds: tuple[float, float, float, float]
    coef_x: NDArray[np.float64]
    coef_y: NDArray[np.float64]
    max_error_m: float

    @property
    def _centre_scale(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.bounds
        return (x0 + x1) / 2, (y0 + y1) / 2, 2 / (x1 - x0), 2 / (y1 - y0)

    def _uv(self, lon: NDArray[np.float64], lat: NDArray[np.float64]) -> tuple[NDArray[np.float64], ...]:
        cx, cy, sx, sy = self._centre_scale
        return (lon - cx) * sx, (lat - cy) * sy

    def covers(self, lon: NDArray[np.float64], lat: NDArray[np.float64]) -> NDArray[np.bool_]:
        """Which points lie inside the verified box (NaN never does)."""
        x0, y0, x1, y1 = self.bounds
        out: NDArray[np.bool_] = (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)
        return out

    def transform(
        self, lon: NDArray[np.float64], lat: NDArray[np.float64]
    ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Project points; only valid for points where :meth:`covers` is True."""
        u, v = self._uv(lon, lat)
        return _horner(u, v, self.coef_x), _horner(u, v, self.coef_y)


def fit_local_projection(transformer: Transformer, bounds: tuple[float, float, float, float]) -> LocalProjection | None:
    """Fit and check a polynomial stand-in for ``transformer`` (lon/lat in, always_xy) over ``bounds``.

    Returns
    -------
    LocalProjection or None
        None when the check grid shows an error above :data:`MAX_ERROR_M` (the box is too large
        for the polynomial), in which case callers keep using pyproj.
    """
    x0, y0, x1, y1 = bounds
    if not (np.isfinite(bounds).all() and -180 <= x0 < x1 <= 180 and -90 <= y0 < y1 <= 90):
        return None
    cx, cy, sx, sy = (x0 + x1) / 2, (y0 + y1) / 2, 2 / (x1 - x0), 2 / (y1 - y0)

    def grid(nodes: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        g = np.linspace(-1.0, 1.0, nodes)
        u, v = np.meshgrid(g, g)
        return u.ravel(), v.ravel()

    u, v = grid(_FIT_NODES)
    tx, ty = transformer.transform(cx + u / sx, cy + v / sy)
    if not (np.isfinite(tx).all() and np.isfinite(ty).all()):
        return None
    design = _monomials(u, v)
    fitted, *_ = np.linalg.lstsq(design, np.column_stack([tx, ty]), rcond=None)
    coef = np.zeros((2, DEGREE + 1, DEGREE + 1))
    for k, (i, j) in enumerate(_TERMS):
        coef[:, i, j] = fitted[k]
    proj = LocalProjection(bounds=bounds, coef_x=coef[0], coef_y=coef[1], max_error_m=np.inf)
    u, v = grid(_CHECK_NODES)
    lon, lat = cx + u / sx, cy + v / sy
    tx, ty = transformer.transform(lon, lat)
    px, py = proj.transform(lon, lat)
    error = float(np.hypot(px - tx, py - ty).max())
    if not error <= MAX_ERROR_M:
        return None
    return LocalProjection(bounds=bounds, coef_x=proj.coef_x, coef_y=proj.coef_y, max_error_m=error)
