"""Offline map assets: manifest, integrity checks, unpacking, CSS inlining and package data.

No test fetches from the npm registry: they use the vendored files, and tarballs built here, served by a
local HTTP server standing in for the registry, to exercise the download, the integrity check and the
unpacking.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import io
import json
import subprocess
import tarfile
import threading
from collections.abc import Iterator
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


def test_data_uris_of_the_real_files() -> None:
    uri = assets.asset_data_uri("leaflet.js")
    assert uri.startswith("data:text/javascript;charset=utf-8,")
    assert '"' not in uri and "\n" not in uri and "#" not in uri
    css = assets.asset_data_uri("leaflet.css")
    assert "url(images/" not in css and "data:image/png;base64," in css


@pytest.mark.slow
def test_pip_install_ships_the_assets(pip_installed: Path) -> None:
    target = pip_installed
    vendor = target / "geoincidents" / "maps" / "_assets" / "vendor"
    assert (target / "geoincidents" / "maps" / "_assets" / "manifest.json").is_file()
    assert next(vendor.glob("leaflet@1.9.4/package/dist/leaflet.js"), None) is not None
    assert next(vendor.glob("*/integrity.txt"), None) is not None


def test_the_vendored_assets_match_the_manifest_and_are_committed() -> None:
    """The package ships the assets: every manifest package is unpacked in the repository, under git."""
    assert verify_assets() == []
    tracked = subprocess.run(
        ["git", "ls-files", "geoincidents/maps/_assets/vendor"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for package in load_manifest():
        for member in package.members():
            assert f"geoincidents/maps/_assets/vendor/{package.folder}/{member}" in tracked
        assert f"geoincidents/maps/_assets/vendor/{package.folder}/integrity.txt" in tracked
    for package in load_manifest():
        # each package's licence ships with it: its licence file, or (a tarball without one, e.g. pmtiles)
        # its package.json, which declares the licence; the manifest names it too
        assert package.license
        assert any("LICEN" in m.upper() or m == "package/package.json" for m in package.members()), package.spec


def test_tarball_url_follows_the_registry_layout() -> None:
    scoped = AssetPackage("@fortawesome/fontawesome-free", "6.2.0", "sha512-x", {}, (), "MIT")
    assert scoped.tarball_url("https://r.example/") == (
        "https://r.example/@fortawesome/fontawesome-free/-/fontawesome-free-6.2.0.tgz"
    )
    plain = AssetPackage("leaflet", "1.9.4", "sha512-x", {}, (), "BSD-2-Clause")
    assert plain.tarball_url() == f"{assets.REGISTRY}/leaflet/-/leaflet-1.9.4.tgz"


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A local HTTP server serving ``tmp_path/www`` the way the npm registry serves tarballs."""
    www = tmp_path / "www"
    www.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(www), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", www
    finally:
        server.shutdown()
        server.server_close()


def _publish(www: Path, name: str, version: str, files: dict[str, bytes]) -> str:
    """Put a tarball at the registry's path for ``name@version``; return its integrity hash."""
    base = name.rsplit("/", 1)[-1]
    folder = www / name / "-"
    folder.mkdir(parents=True, exist_ok=True)
    return _sri(_tarball(folder / f"{base}-{version}.tgz", files))


def _manifest(path: Path, packages: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"packages": packages}), encoding="utf-8")
    return path


def test_fetch_downloads_checks_and_unpacks_then_is_idempotent(registry: tuple[str, Path], tmp_path: Path) -> None:
    url, www = registry
    integrity = _publish(www, "@scope/plug", "1.2.3", {"package/p.js": b"var p;", "package/LICENSE": b"MIT"})
    entry = {"name": "@scope/plug", "version": "1.2.3", "integrity": integrity, "license": "MIT"}
    manifest = _manifest(
        tmp_path / "m.json", [{**entry, "files": {"p.js": "package/p.js"}, "extra": ["package/LICENSE"]}]
    )
    target = tmp_path / "vendor"
    (target / "old@0.1.0").mkdir(parents=True)  # a package the manifest dropped
    (target / "old@0.1.0" / "integrity.txt").write_text("sha512-old\n")

    assert assets.fetch_assets(manifest=manifest, target=target, registry=url) == ["@scope/plug@1.2.3"]
    assert (target / "@scope__plug@1.2.3" / "package" / "p.js").read_bytes() == b"var p;"
    assert not (target / "old@0.1.0").exists()
    assert verify_assets(manifest=manifest, target=target) == []
    assert assets.fetch_assets(manifest=manifest, target=target, registry=url) == []  # nothing to do


def test_fetch_refuses_a_tarball_that_does_not_match_its_pin(registry: tuple[str, Path], tmp_path: Path) -> None:
    url, www = registry
    _publish(www, "plug", "1.0.0", {"package/p.js": b"var tampered;"})
    pinned = _sri(b"the tarball the registry published")
    entry = {"name": "plug", "version": "1.0.0", "integrity": pinned, "files": {"p.js": "package/p.js"}}
    manifest = _manifest(tmp_path / "m.json", [entry])
    target = tmp_path / "vendor"
    with pytest.raises(AssetError, match="integrity mismatch"):
        assets.fetch_assets(manifest=manifest, target=target, registry=url)
    assert not any(target.rglob("p.js"))  # nothing unpacked
    with pytest.raises(AssetError, match=r"plug@2\.0\.0: download of .*/plug/-/plug-2\.0\.0\.tgz failed"):
        missing = {**entry, "version": "2.0.0"}
        assets.fetch_assets(manifest=_manifest(tmp_path / "m2.json", [missing]), target=target, registry=url)


def test_verify_names_a_folder_the_manifest_does_not(tmp_path: Path) -> None:
    stale = tmp_path / "leaflet@0.7.0"
    stale.mkdir()
    (stale / "integrity.txt").write_text("sha512-x\n")
    problems = verify_assets(target=tmp_path)
    assert any("leaflet@0.7.0: not in the manifest" in p for p in problems)
