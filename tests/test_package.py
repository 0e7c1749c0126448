"""The package installs with pip and finds its data from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_pip_install_ships_the_data(pip_installed: Path, tmp_path: Path) -> None:
    target = pip_installed
    assert (target / "geoincidents" / "data" / "gazetteer.geojson").is_file()
    code = (
        "import geoincidents, pathlib; g = geoincidents.load_gazetteer(); "
        "assert 'site' in pathlib.Path(geoincidents.__file__).parts, geoincidents.__file__; "
        "s = geoincidents.load_sample_incidents(); print(len(g), len(s))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=tmp_path, capture_output=True, text=True, env=env
    )
    n_landmarks, n_incidents = map(int, out.stdout.split())
    assert n_landmarks > 30 and n_incidents >= 3
