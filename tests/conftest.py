"""Shared fixtures: the bundled gazetteer and paths."""

from __future__ import annotations

import subprocess
import sys
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


@pytest.fixture(scope="session")
def pip_installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package as pip installs it (``pip install --target``, offline, no dependencies): its folder."""
    target = tmp_path_factory.mktemp("pip") / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run(
        [*pip, "--target", str(target), str(ROOT)],
        check=True,
        cwd=target.parent,
    )
    return target
