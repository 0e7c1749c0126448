"""Shared fixtures: the bundled gazetteer and paths."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import pytest

from geoincidents import load_gazetteer
from geoincidents.config import CONFIG_ENV, SETTINGS, env_var

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_user_configuration(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts from the defaults: no GEOINCIDENTS_* setting and no user geoincidents.toml of the machine's."""
    for name in (CONFIG_ENV, *(env_var(s.key) for s in SETTINGS)):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
    yield


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
