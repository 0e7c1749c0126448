"""Shared fixtures: the bundled gazetteer and paths."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest

from geoincidents import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def gazetteer() -> gpd.GeoDataFrame:
    return load_gazetteer()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
