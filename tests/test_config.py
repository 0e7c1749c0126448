"""geoincidents.toml and GEOINCIDENTS_* variables: where the file is found, precedence, checks, the CLI using them."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest

from geoincidents.cli import main
from geoincidents.config import CONFIG_NAME, SETTINGS, ConfigError, config_file, env_var, load_config
from geoincidents.proximity.certainty import DEFAULT_BANDS_M

GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "gazetteer.geojson"


def _write(folder: Path, text: str, name: str = CONFIG_NAME) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_file_or_variables(tmp_path: Path) -> None:
    cfg = load_config(environ={}, cwd=tmp_path)
    assert cfg.file is None
    assert cfg.tiles is None and cfg.store is None and cfg.gazetteer is None and cfg.basemap is None
    assert cfg.perimeter == "green_zone" and cfg.bands == tuple(DEFAULT_BANDS_M)
    assert cfg.alert_rules() == []
    assert {key: origin for key, _, origin in cfg.shown()} == {s.key: "default" for s in SETTINGS}
    shown = {key: value for key, value, _ in cfg.shown()}
    assert shown["bands"] == ", ".join(f"{b:g}" for b in DEFAULT_BANDS_M) == "250, 1000, 3000"


def test_option_beats_variable_beats_file_beats_default(tmp_path: Path) -> None:
    _write(tmp_path, 'perimeter = "from-file"\nbands = [100, 200]\nstore = "file.gpkg"\n')
    env = {env_var("perimeter"): "from-env", env_var("bands"): "10, 20 30"}
    cfg = load_config(environ=env, cwd=tmp_path, overrides={"perimeter": "from-option"})
    assert cfg.perimeter == "from-option" and cfg.origin("perimeter") == "--perimeter"
    assert cfg.bands == (10.0, 20.0, 30.0) and cfg.origin("bands") == "$GEOINCIDENTS_BANDS"
    assert cfg.store == tmp_path / "file.gpkg" and cfg.origin("store") == f"{tmp_path / CONFIG_NAME}: store"
    assert cfg.tiles is None and cfg.origin("tiles") == "default"
    # an empty variable is "not set", not "set to nothing"
    assert load_config(environ={env_var("perimeter"): " "}, cwd=tmp_path).perimeter == "from-file"


def test_file_is_found_in_order_option_variable_working_folder_user_folder(tmp_path: Path) -> None:
    user = _write(tmp_path / "xdg" / "geoincidents", 'perimeter = "user"\n')
    here = tmp_path / "work"
    here.mkdir()
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    assert config_file(environ=env, cwd=here) == user
    local = _write(here, 'perimeter = "local"\n')
    assert config_file(environ=env, cwd=here) == local
    named = _write(tmp_path, 'perimeter = "named"\n', "named.toml")
    assert config_file(environ={**env, "GEOINCIDENTS_CONFIG": str(named)}, cwd=here) == named
    explicit = _write(tmp_path, 'perimeter = "explicit"\n', "explicit.toml")
    env_named = {**env, "GEOINCIDENTS_CONFIG": str(named)}
    assert load_config(explicit, environ=env_named, cwd=here).perimeter == "explicit"
    assert load_config(environ=env_named, cwd=here).perimeter == "named"
    # only the first file found is read: the user's does not fill in what the local one leaves out
    _write(here, "bands = [5, 6]\n")
    assert load_config(environ=env, cwd=here).perimeter == "green_zone"


def test_a_named_file_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"--config: configuration file not found: .*nope\.toml"):
        load_config(tmp_path / "nope.toml", environ={}, cwd=tmp_path)
    with pytest.raises(ConfigError, match=r"\$GEOINCIDENTS_CONFIG: configuration file not found"):
        load_config(environ={"GEOINCIDENTS_CONFIG": str(tmp_path / "gone.toml")}, cwd=tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('perimeter = "green_zone\n', r"geoincidents\.toml: not valid TOML: .*line 1"),
        ('perimiter = "green_zone"\n', r"geoincidents\.toml: unknown key\(s\) \['perimiter'\]; the keys are"),
        ("perimeter = 3\n", r"geoincidents\.toml: perimeter: must be text, got int 3"),
        ("bands = [1000, 250]\n", r"geoincidents\.toml: bands: band edges must be positive and increasing"),
        ('bands = ["near", "far"]\n', r"geoincidents\.toml: bands: band edges must be numbers of metres"),
        ("bands = []\n", r"geoincidents\.toml: bands: must be a list of band edges"),
        ("bands = [true, 5]\n", r"bands: band edges must be numbers"),
        ('gazetteer = "missing.geojson"\n', r"geoincidents\.toml: gazetteer: file not found: .*missing\.geojson"),
        ('basemap = "tiles.pmtiles"\n', r"geoincidents\.toml: basemap: file not found"),
        ('store = ""\n', r"geoincidents\.toml: store: the path is empty"),
        ('alert_rules = "rules.json"\n', r"geoincidents\.toml: alert_rules: file not found"),
        ("alert_rules = [1, 2]\n", r"alert_rules: inline alert rules must be tables"),
        ('tiles = "a\\nb"\n', r"geoincidents\.toml: tiles: must be one line without control characters"),
    ],
)
def test_a_bad_file_value_names_the_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    _write(tmp_path, text)
    with pytest.raises(ConfigError, match=message):
        load_config(environ={}, cwd=tmp_path)


def test_a_bad_variable_or_option_names_itself(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^\$GEOINCIDENTS_BANDS: band edges must be numbers of metres"):
        load_config(environ={"GEOINCIDENTS_BANDS": "250,far"}, cwd=tmp_path)
    with pytest.raises(ConfigError, match=r"^\$GEOINCIDENTS_GAZETTEER: file not found"):
        load_config(environ={"GEOINCIDENTS_GAZETTEER": str(tmp_path / "g.geojson")}, cwd=tmp_path)
    with pytest.raises(ConfigError, match=r"^--bands: band edges must be positive"):
        load_config(environ={}, cwd=tmp_path, overrides={"bands": [0, 10]})
    with pytest.raises(ConfigError, match=r"unknown setting\(s\) \['colour'\]"):
        load_config(environ={}, cwd=tmp_path, overrides={"colour": "red"})


def test_paths_in_the_file_are_relative_to_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "conf"
    (conf / "gaz").mkdir(parents=True)
    (conf / "gaz" / "baghdad.geojson").write_bytes(GAZETTEER.read_bytes())
    path = _write(conf, 'gazetteer = "gaz/baghdad.geojson"\nstore = "~/incidents.gpkg"\n', "site.toml")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cfg = load_config(path, environ={}, cwd=elsewhere)
    assert cfg.gazetteer == conf / "gaz" / "baghdad.geojson"
    assert cfg.store == tmp_path / "home" / "incidents.gpkg"
    # a variable's relative path is relative to the working folder, as the shell's are
    assert load_config(environ={"GEOINCIDENTS_STORE": "s.gpkg"}, cwd=elsewhere).store == Path("s.gpkg")


def test_none_in_a_variable_switches_off_the_files_tiles_or_base_map(tmp_path: Path) -> None:
    _write(tmp_path, 'tiles = "https://tiles.example.org/{z}/{x}/{y}.png"\nattribution = "Example"\n')
    assert load_config(environ={}, cwd=tmp_path).tiles == "https://tiles.example.org/{z}/{x}/{y}.png"
    cfg = load_config(environ={"GEOINCIDENTS_TILES": "none"}, cwd=tmp_path)
    assert cfg.tiles is None and cfg.origin("tiles") == "$GEOINCIDENTS_TILES"
    assert load_config(environ={}, cwd=tmp_path, overrides={"tiles": "none"}).tiles is None
    archive = tmp_path / "baghdad.pmtiles"
    archive.write_bytes(b"PMTiles")
    _write(tmp_path, 'basemap = "baghdad.pmtiles"\n')
    assert load_config(environ={}, cwd=tmp_path).basemap == archive
    assert load_config(environ={"GEOINCIDENTS_BASEMAP": "none"}, cwd=tmp_path).basemap is None
    assert load_config(environ={}, cwd=tmp_path, overrides={"basemap": "off"}).basemap is None


def test_alert_rules_inline_or_from_a_file(tmp_path: Path) -> None:
    _write(
        tmp_path,
        '[[alert_rules]]\nrule_id = "gz"\n\n[[alert_rules]]\nrule_id = "near"\nmax_distance_m = 500\n'
        'event_types = ["Protests"]\n',
    )
    rules = load_config(environ={}, cwd=tmp_path).alert_rules()
    assert [(r.rule_id, r.max_distance_m, r.event_types) for r in rules] == [
        ("gz", None, ()),
        ("near", 500.0, ("Protests",)),
    ]
    rules_file = tmp_path / "rules.json"
    rules_file.write_text(json.dumps({"rules": [{"rule_id": "from-json", "band": "0-250 m"}]}))
    cfg = load_config(environ={"GEOINCIDENTS_ALERT_RULES": str(rules_file)}, cwd=tmp_path)
    assert [r.rule_id for r in cfg.alert_rules()] == ["from-json"]


def test_inline_rules_use_the_configured_bands(tmp_path: Path) -> None:
    _write(tmp_path, 'bands = [200, 800]\n\n[[alert_rules]]\nrule_id = "near"\nband = "0-200 m"\n')
    (rule,) = load_config(environ={}, cwd=tmp_path).alert_rules()
    assert rule.bands_m == (200.0, 800.0) and rule.threshold_m == 200.0
    _write(tmp_path, '[[alert_rules]]\nrule_id = "near"\nband = "0-200 m"\n')  # not a band of the defaults
    with pytest.raises(ConfigError, match=r"alert_rules: rule 0: .*band '0-200 m' is not one of"):
        load_config(environ={}, cwd=tmp_path).alert_rules()


def test_a_bad_inline_rule_names_the_file_and_rule(tmp_path: Path) -> None:
    _write(tmp_path, '[[alert_rules]]\nrule_id = "a"\n\n[[alert_rules]]\nrule_id = "b"\nperimeter = "moon_base"\n')
    with pytest.raises(ConfigError, match=r"geoincidents\.toml: alert_rules: rule 1: no perimeter named 'moon_base'"):
        load_config(environ={}, cwd=tmp_path).alert_rules()
    _write(tmp_path, '[[alert_rules]]\nrule_id = "a"\ncolour = "red"\n')
    with pytest.raises(ConfigError, match=r"alert_rules: rule 0: unknown key\(s\) \['colour'\]"):
        load_config(environ={}, cwd=tmp_path).alert_rules()


# -- the command line reads them ----------------------------------------------------------------


def test_cli_measures_against_the_configured_perimeter_and_bands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "bands = [100, 5000]\n")
    src = tmp_path / "in.csv"
    src.write_text("event_id,latitude,longitude\na,33.2979,44.3901\nb,33.3333,44.4186\n")
    assert main(["proximity", str(src), "-o", str(tmp_path / "out.geojson")]) == 0
    bands = set(gpd.read_file(tmp_path / "out.geojson")["band"])
    assert bands <= {"inside", "0-100 m", "100-5000 m", ">5000 m"} and "100-5000 m" in bands
    # an option beats the file
    assert main(["proximity", str(src), "-o", str(tmp_path / "o2.geojson"), "--bands", "50", "60"]) == 0
    assert set(gpd.read_file(tmp_path / "o2.geojson")["band"]) <= {"inside", "0-50 m", "50-60 m", ">60 m"}
    main(["config"])
    out = capsys.readouterr().out
    assert f"configuration file: {tmp_path / CONFIG_NAME}" in out
    assert "bands        100, 5000" in out and f"[{tmp_path / CONFIG_NAME}: bands]" in out
    assert "[default]" in out


def test_cli_bad_configuration_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "bands = [1000, 250]\n")
    src = tmp_path / "in.csv"
    src.write_text("event_id,latitude,longitude\na,33.2979,44.3901\n")
    assert main(["proximity", str(src)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "geoincidents.toml: bands: band edges must be positive and increasing" in err
    assert not (tmp_path / "in_proximity.geojson").exists()


def test_cli_map_tiles_from_the_file_are_checked_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, 'tiles = "javascript:alert(1)//{z}/{x}/{y}"\n')
    src = tmp_path / "in.csv"
    src.write_text("event_id,latitude,longitude\na,33.2979,44.3901\n")
    assert main(["map", str(src), "-o", str(tmp_path / "m.html")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / CONFIG_NAME}: tiles: the tile URL template" in err and "javascript" in err
    assert not (tmp_path / "m.html").exists()


def test_cli_watch_takes_store_and_rules_from_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, 'store = "data/incidents.gpkg"\n\n[[alert_rules]]\nrule_id = "gz-1km"\nmax_distance_m = 1000\n')
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    report = Path(__file__).resolve().parents[1] / "data" / "reports" / "000_a1c6e357c0dae756.txt"
    (inbox / "r.txt").write_text(report.read_text(encoding="utf-8"), encoding="utf-8")
    (inbox / "r.json").write_text(json.dumps({"published": "2021-10-23", "source": "Shafaq News"}))
    (tmp_path / "data").mkdir()
    assert main(["watch", str(inbox), "--once"]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "data" / "incidents.gpkg").is_file()
    assert "alert [gz-1km]" in out and "Green Zone (International Zone)" in out
    assert main(["alerts", "list"]) == 0
    assert "alert [gz-1km]" in capsys.readouterr().out


def test_cli_without_a_store_says_how_to_name_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["review", "list"]) == 2
    err = capsys.readouterr().err
    assert "no incident store: give --store FILE.gpkg, set $GEOINCIDENTS_STORE or store in geoincidents.toml" in err


def test_maps_are_offline_unless_tiles_are_configured() -> None:
    """``build_map`` with no ``tiles`` draws no tile layer: nothing tells a tile server which area is watched."""
    from geoincidents.maps.assets import assets_ready
    from geoincidents.maps.build import build_map, configured_tiles

    if not assets_ready():
        pytest.skip("offline map assets not in place")
    html = build_map().get_root().render()
    assert "L.tileLayer" not in html and "openstreetmap.org" not in html
    assert configured_tiles({}) is None
    assert configured_tiles({"GEOINCIDENTS_TILES": "https://t.example.org/{z}/{x}/{y}.png"}) is not None
