"""A verified polynomial stand-in for one pyproj projection over a small lon/lat box.

Projecting a million points with pyproj costs ~0.15-0.3 s; over a city-sized box the projection is
so smooth that a cubic or quartic polynomial in (lon, lat) reproduces it to a fraction of a millimetre
at a small fraction of that cost. The polynomial (the lowest degree in :data:`DEGREES` that passes)
is fitted by least squares to pyproj itself and then checked against pyproj on a grid four times
denser than the fit (including every fit cell's midpoints and the box edges); it is used only when
that check's maximum error is at most :data:`MAX_ERROR_M`, and only for points inside the box.
Everything else goes through pyproj.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from pyproj import Transformer

__all__: list[str] = []

MAX_ERROR_M = 1e-4
"""Largest error (metres, Euclidean) accepted on the check grid: a tenth of a millimetre, far inside
the 0.5 m the proximity checks promise (and the Green Zone's 200 m position uncertainty)."""
DEGREES = (3, 4)
_FIT_NODES = 25
_CHECK_NODES = 4 * (_FIT_NODES - 1) + 1


def _terms(degree: int) -> list[tuple[int, int]]:
    """Exponents (i, j) of the terms u**i * v**j of a polynomial of total degree ``degree``."""
    return [(i, j) for i in range(degree + 1) for j in range(degree + 1 - i)]


def _monomials(u: NDArray[np.float64], v: NDArray[np.float64], degree: int) -> NDArray[np.float64]:
    """Design matrix: one column u**i * v**j per term of :func:`_terms`."""
    return np.column_stack([u**i * v**j for i, j in _terms(degree)])


def _horner(u: NDArray[np.float64], v: NDArray[np.float64], c: NDArray[np.float64]) -> NDArray[np.float64]:
    """Evaluate sum(c[i, j] * u**i * v**j) (c square, zero above the anti-diagonal) in nested form."""
    degree = len(c) - 1
    out: NDArray[np.float64] | float = float(c[degree, 0])
    for i in range(degree - 1, -1, -1):
        row = v * c[i, degree - i]  # the polynomial in v of the u**i terms, highest power first
        for j in range(degree - i - 1, 0, -1):
            row += c[i, j]
            row *= v
        row += c[i, 0]
        row += u * out
        out = row
    assert isinstance(out, np.ndarray)
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

    def covers_all(self, lon: NDArray[np.float64], lat: NDArray[np.float64]) -> bool:
        """Whether every point lies inside the verified box (False if any is NaN), without temporaries."""
        if not len(lon):
            return False
        x0, y0, x1, y1 = self.bounds
        return bool(lon.min() >= x0 and lon.max() <= x1 and lat.min() >= y0 and lat.max() <= y1)

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
        The lowest-degree polynomial whose check error is at most :data:`MAX_ERROR_M`; None when no
        degree passes (the box is too large), in which case callers keep using pyproj.
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
    fit_x, fit_y = transformer.transform(cx + u / sx, cy + v / sy)
    if not (np.isfinite(fit_x).all() and np.isfinite(fit_y).all()):
        return None
    cu, cv = grid(_CHECK_NODES)
    lon, lat = cx + cu / sx, cy + cv / sy
    check_x, check_y = transformer.transform(lon, lat)
    for degree in DEGREES:
        fitted, *_ = np.linalg.lstsq(_monomials(u, v, degree), np.column_stack([fit_x, fit_y]), rcond=None)
        coef = np.zeros((2, degree + 1, degree + 1))
        for k, (i, j) in enumerate(_terms(degree)):
            coef[:, i, j] = fitted[k]
        proj = LocalProjection(bounds=bounds, coef_x=coef[0], coef_y=coef[1], max_error_m=np.inf)
        px, py = proj.transform(lon, lat)
        error = float(np.hypot(px - check_x, py - check_y).max())
        if error <= MAX_ERROR_M:
            return LocalProjection(bounds=bounds, coef_x=proj.coef_x, coef_y=proj.coef_y, max_error_m=error)
    return None
