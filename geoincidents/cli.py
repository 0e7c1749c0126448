"""The ``geoincidents`` command line: thin wrappers over the library.

Each sub-command parses its arguments, reads the settings in force (:mod:`geoincidents.config`:
option > environment > ``geoincidents.toml`` > default), calls one library function and reports.
Results go to stdout; progress, read summaries and warnings go through :mod:`logging` to stderr
(``-v`` for more, ``-q`` for less). A bad input ends with exit status 2 and a one-line reason on
stderr, never a traceback. The commands that read an incident file (``proximity``, ``map``) log a
one-line summary of the rows read, accepted, fixed, flagged and rejected and end with the status of
:data:`READ_EXIT_STATUS`.

Only the standard library and the package's light modules are imported here; each command imports
what it needs when it runs, so ``geoincidents --help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoincidents import _cli_store
from geoincidents.errors import GeoincidentsError
from geoincidents.store._folder import MAX_FILE_BYTES, SETTLE_S
from geoincidents.ui.launch import add_app_command

if TYPE_CHECKING:
    from geoincidents.io.incidents import ReadResult

__all__ = ["EXIT_NONE_ACCEPTED", "EXIT_SOME_REJECTED", "EXIT_UNREADABLE", "READ_EXIT_STATUS", "build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]
log = logging.getLogger("geoincidents.cli")

EXIT_UNREADABLE = 2
"""The input cannot be read at all, or an argument is wrong."""
EXIT_SOME_REJECTED = 3
"""Some rows were rejected; the accepted ones were written."""
EXIT_NONE_ACCEPTED = 4
"""No row was accepted (every row rejected, or no rows at all); no output but the rejected rows."""
READ_EXIT_STATUS = f"""exit status:
  0  every row read was accepted (some may be fixed or flagged: the summary on stderr counts them)
  {EXIT_UNREADABLE}  the input cannot be read at all, or an argument is wrong (one line on stderr says why)
  {EXIT_SOME_REJECTED}  some rows were rejected: the accepted rows are written, the rejected ones with
     their reasons in OUTPUT_rejected.csv beside the output
  {EXIT_NONE_ACCEPTED}  no row was accepted (every row rejected, or the file has no rows): no output is
     written, only OUTPUT_rejected.csv"""
_INPUT_HELP = (
    "incident file: ACLED export (CSV or API JSON), UCDP GED, GDELT 2.0 events, or any CSV/GeoJSON/GeoPackage "
    "with positions (see docs/input-formats.md)"
)
_CRS_HELP = (
    "CRS of the file's coordinates when it declares none, e.g. EPSG:32638 for UTM zone 38N x/y columns "
    "(default: EPSG:4326, longitude/latitude)"
)
_CONFIGURED = "(default: $GEOINCIDENTS_{}, else geoincidents.toml, else {})"


def _cmd_layers(args: argparse.Namespace) -> int:
    from geoincidents.io.geojson import export_layers
    from geoincidents.schema import load_sample_incidents

    cfg = _cli_store.settings(args)
    incidents = None
    if not args.no_incidents:
        incidents = load_sample_incidents(args.incidents) if args.incidents else load_sample_incidents()
    written = export_layers(args.out, incidents, gazetteer=cfg.gazetteer, perimeter=cfg.perimeter, bands_m=cfg.bands)
    for name, path in written.items():
        print(f"{name}: {path}")
    return 0


def _cmd_osm(args: argparse.Namespace) -> int:
    from geoincidents.gazetteer.osm import refresh_from_osm
    from geoincidents.io.geojson import write_geojson

    frame, report = refresh_from_osm(args.extract, base=args.base, add_new=args.add_new)
    frame = frame.copy()
    frame["aliases"] = frame["aliases"].map(list)
    write_geojson(frame, args.output, id_column="landmark_id")
    print(report.summary())
    for lid, ids in sorted(report.updated.items()):
        print(f"  updated {lid}: {', '.join(ids)}")
    for lid in report.added:
        print(f"  added {lid}")
    print(f"written: {args.output}")
    return 0


def _read(args: argparse.Namespace) -> ReadResult:
    """Read the command's incident file; its notes and the one-line summary are logged (stderr)."""
    from geoincidents.io.incidents import read_incidents

    result = read_incidents(args.input, crs=args.crs)
    for warning in result.warnings:
        log.warning("%s: %s", result.source, warning)
    log.info("%s", result.summary())
    return result


def _read_status(result: ReadResult) -> int:
    if not len(result.accepted):
        return EXIT_NONE_ACCEPTED
    return EXIT_SOME_REJECTED if len(result.rejected) else 0


def _cmd_proximity(args: argparse.Namespace) -> int:
    from geoincidents.io.incidents import write_incidents
    from geoincidents.proximity.measure import check_proximity

    cfg = _cli_store.settings(args)
    src = Path(args.input)
    out = Path(args.output) if args.output else src.with_name(src.stem + "_proximity.geojson")
    if out.suffix.lower() not in (".geojson", ".json", ".csv", ".gpkg"):
        raise ValueError(f"{out}: unsupported output type {out.suffix!r}; use .geojson, .csv or .gpkg")
    if out.resolve() == src.resolve():
        raise ValueError(f"{out}: the output would overwrite the input")
    result = _read(args)
    status = _read_status(result)
    if status != EXIT_NONE_ACCEPTED:
        checked = check_proximity(result.accepted, cfg.perimeter, cfg.bands, gazetteer=cfg.gazetteer)
        write_incidents(checked, out)
        print(f"{len(checked)} incident(s) written to {out}")
    else:
        print(f"no incident accepted: nothing written to {out}")
    _report_rejected(result, out)
    return status


def _report_rejected(result: ReadResult, out: Path) -> None:
    """Write the rejected rows beside ``out`` (``<stem>_rejected.csv``), or remove a stale list."""
    from geoincidents.io.incidents import write_rejected

    rejected_path = out.with_name(out.stem + "_rejected.csv")
    if len(result.rejected):
        write_rejected(result.rejected, rejected_path)
        print(f"{len(result.rejected)} row(s) rejected, reasons in {rejected_path}")
    else:
        rejected_path.unlink(missing_ok=True)  # a stale list from an earlier run would mislead


def _cmd_scale(args: argparse.Namespace) -> int:
    from geoincidents.proximity.dask import run_proximity

    cfg = _cli_store.settings(args)
    out = run_proximity(
        args.input, args.output, cfg.perimeter, cfg.bands, gazetteer=cfg.gazetteer, scheduler=args.scheduler
    )
    print(f"written: {out}")
    return 0


def _cmd_map(args: argparse.Namespace) -> int:
    from geoincidents.maps.build import build_map, save_map
    from geoincidents.ui.views import map_tiles, prepare_incidents

    cfg = _cli_store.settings(args)
    tiles, attribution = map_tiles(cfg.tiles, cfg.attribution, where=cfg.origin("tiles"))  # fails before reading
    basemap = cfg.basemap
    if basemap is not None and cfg.origin("tiles") != "--tiles":
        tiles, attribution = None, ""  # a base map file wins over tiles from the environment or the file
    result = _read(args)
    status = _read_status(result)
    out = Path(args.output)
    if status == EXIT_NONE_ACCEPTED:
        print(f"no incident accepted: nothing written to {out}")
        _report_rejected(result, out)
        return status
    incidents = prepare_incidents(result.accepted, perimeter=cfg.perimeter, bands_m=cfg.bands, gazetteer=cfg.gazetteer)
    fmap = build_map(
        incidents,
        gazetteer=cfg.gazetteer,
        perimeter=cfg.perimeter,
        bands_m=cfg.bands,
        tiles=tiles,
        attribution=attribution,
        basemap=basemap,
    )
    out = save_map(fmap, out)
    print(f"{len(incidents)} incident(s) mapped to {out} (standalone; opens with no network)")
    _report_rejected(result, out)
    return status


def _cmd_extract(args: argparse.Namespace) -> int:
    from geoincidents.extraction.pipeline import extract_many
    from geoincidents.extraction.reports import read_reports
    from geoincidents.io.incidents import write_incidents

    cfg = _cli_store.settings(args)
    if Path(args.output).suffix.lower() not in (".geojson", ".json", ".csv", ".gpkg"):
        raise ValueError(f"{args.output}: unsupported output type; use .geojson, .csv or .gpkg")
    reports = read_reports(args.files, published=args.published, source=args.source)
    progress = log.isEnabledFor(logging.INFO)  # -q: no progress bar
    incidents = extract_many(reports, gazetteer=cfg.gazetteer, progress=progress)
    write_incidents(incidents, args.output)
    print(f"{len(incidents)} incident(s) from {len(reports)} report(s) written to {args.output}")
    return 0


def _cmd_watch(args: argparse.Namespace) -> int:
    from geoincidents.store.incident_store import IncidentStore
    from geoincidents.store.watch import watch

    cfg = _cli_store.settings(args)
    store_path = _cli_store.store_path(cfg)
    rules = cfg.alert_rules()
    folder = Path(args.directory)
    if not folder.is_dir():
        raise FileNotFoundError(f"watch folder not found: {folder}")
    if args.max_size <= 0 or args.settle < 0 or args.interval <= 0:
        raise ValueError("--max-size and --interval must be positive, --settle not negative")
    log.info("watching %s into %s with %d alert rule(s)", folder, store_path, len(rules))
    with IncidentStore(store_path, perimeter=cfg.perimeter, bands_m=cfg.bands, gazetteer=cfg.gazetteer) as store:
        try:
            results = watch(
                folder,
                store,
                rules=rules,
                alerts_out=args.alerts,
                once=args.once,
                interval_s=args.interval,
                settle_s=args.settle,
                max_bytes=args.max_size,
                gazetteer=cfg.gazetteer,
            )
        except KeyboardInterrupt:
            log.info("geoincidents watch: stopped")
            return 0
    failed = sum(1 for r in results if r.error)
    if results.unwritten_alerts:
        log.error(
            "geoincidents watch: %d alert(s) not written to %s; they stay in the store and are written on the next run",
            results.unwritten_alerts,
            args.alerts,
        )
    return 1 if failed or results.unwritten_alerts else 0


def _cmd_audit(args: argparse.Namespace) -> int:
    from geoincidents.store.incident_store import IncidentStore

    path = _cli_store.store_path(_cli_store.settings(args))
    with IncidentStore(path, create=False) as store:
        check = store.verify_audit()
    print(f"{path}: {check.rows} audit row(s); head {check.head}")
    for problem in check.problems:
        print(f"  {problem}")
    print("audit trail intact" if check.ok else f"audit trail NOT intact: {len(check.problems)} problem(s)")
    return 0 if check.ok else 1


def _cmd_config(args: argparse.Namespace) -> int:
    cfg = _cli_store.settings(args)
    print(f"configuration file: {cfg.file or 'none (see docs/configuration.md)'}")
    for key, value, origin in cfg.shown():
        print(f"  {key:<12} {value}    [{origin}]")
    rules = cfg.alert_rules()
    if rules:
        print(f"  {len(rules)} alert rule(s): {', '.join(r.rule_id for r in rules)}")
    return 0


def common_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after its name: ``--config``, ``-v``, ``-q``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", metavar="PATH", default=argparse.SUPPRESS, help="configuration file (default: see docs)"
    )
    common.add_argument(
        "-v", "--verbose", action="count", default=argparse.SUPPRESS, help="say more on stderr (debug messages)"
    )
    common.add_argument(
        "-q", "--quiet", action="count", default=argparse.SUPPRESS, help="say less: warnings only (-qq: errors only)"
    )
    return common


def _add_perimeter_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--perimeter", default=None, help="perimeter id or name " + _CONFIGURED.format("PERIMETER", "green_zone")
    )
    p.add_argument(
        "--bands",
        type=float,
        nargs="+",
        default=None,
        help="band edges (m) " + _CONFIGURED.format("BANDS", "250 1000 3000"),
    )
    _add_gazetteer_argument(p)


def _add_gazetteer_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--gazetteer", default=None, help="gazetteer file " + _CONFIGURED.format("GAZETTEER", "the bundled Baghdad one")
    )


def _add_data_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """layers, osm, scale, extract; proximity and map in :func:`_add_read_commands`."""
    p = sub.add_parser("layers", parents=[common], help="export the GeoJSON layers (default into ./layers)")
    p.add_argument("--out", default="layers", help="output folder (default: layers)")
    p.add_argument("--incidents", default=None, help="sample-incident CSV (default: the bundled sample)")
    p.add_argument("--no-incidents", action="store_true", help="write no incidents layer")
    _add_perimeter_arguments(p)
    p.set_defaults(handler=_cmd_layers)

    p = sub.add_parser(
        "osm", parents=[common], help="build or refresh gazetteer features from an OpenStreetMap extract"
    )
    p.add_argument("extract", help=".osm.pbf, .osm or GeoJSON exported from OSM")
    p.add_argument("-o", "--output", required=True, help="gazetteer GeoJSON to write")
    p.add_argument("--base", default=None, help="gazetteer to refresh (default: the bundled one)")
    p.add_argument("--add-new", action="store_true", help="also add named landmarks the base lacks")
    p.set_defaults(handler=_cmd_osm)

    p = sub.add_parser(
        "scale", parents=[common], help="proximity of a large GeoParquet table on a Dask cluster, GeoParquet out"
    )
    p.add_argument("input", help="GeoParquet file or dataset folder of incident points")
    p.add_argument("output", help="folder to write the GeoParquet result to")
    p.add_argument(
        "--scheduler",
        default=None,
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
        "(default: the current client, else a local cluster of 2 worker processes)",
    )
    _add_perimeter_arguments(p)
    p.set_defaults(handler=_cmd_scale)

    p = sub.add_parser(
        "extract", parents=[common], help="extract incidents from report files (.txt, or .jsonl batches)"
    )
    p.add_argument("files", nargs="+", help=".txt (one report each) or .jsonl (text/published/source per line)")
    p.add_argument("-o", "--output", required=True, help="output (.geojson, .csv or .gpkg)")
    p.add_argument("--published", default=None, help="publication date (YYYY-MM-DD) of the .txt reports")
    p.add_argument("--source", default=None, help="outlet of the .txt reports")
    _add_gazetteer_argument(p)
    p.set_defaults(handler=_cmd_extract)
    _add_read_commands(sub, common)


def _add_read_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """proximity and map: the commands that read an incident file (exit status of READ_EXIT_STATUS)."""
    read_file = {"epilog": READ_EXIT_STATUS, "formatter_class": argparse.RawDescriptionHelpFormatter}
    p = sub.add_parser(
        "proximity", parents=[common], help="add distance to the perimeter to an incident file", **read_file
    )
    p.add_argument("input", help=_INPUT_HELP)
    p.add_argument("-o", "--output", default=None, help="output (.geojson, .csv or .gpkg)")
    p.add_argument("--crs", default=None, help=_CRS_HELP)
    _add_perimeter_arguments(p)
    p.set_defaults(handler=_cmd_proximity)

    p = sub.add_parser(
        "map",
        parents=[common],
        help="write a standalone interactive HTML map of an incident file (works offline)",
        **read_file,
    )
    p.add_argument("input", help=_INPUT_HELP)
    p.add_argument("-o", "--output", required=True, help="HTML file to write")
    p.add_argument("--crs", default=None, help=_CRS_HELP)
    _add_perimeter_arguments(p)
    p.add_argument(
        "--tiles",
        default=None,
        help="XYZ tile URL template with {z}/{x}/{y} (http(s)://, file:// or a local path), e.g. an in-house "
        "tile server, or 'none' for no base tiles " + _CONFIGURED.format("TILES", "none: offline"),
    )
    p.add_argument("--attribution", default=None, help="attribution of the tiles (plain text)")
    p.add_argument(
        "--basemap",
        default=None,
        help="local base map file (PMTiles or MBTiles, raster or vector) embedded in the map, or 'none' "
        "(default: $GEOINCIDENTS_BASEMAP, else none; see docs/basemaps.md)",
    )
    p.set_defaults(handler=_cmd_map)


def _add_store_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """watch, audit (here); review, alerts (:mod:`geoincidents._cli_store`)."""
    p = sub.add_parser(
        "watch", parents=[common], help="ingest report files arriving in a folder into an incident store"
    )
    p.add_argument("directory", help="folder polled for .txt (with optional NAME.json metadata) and .jsonl reports")
    _cli_store.add_store_argument(p, created=True)
    p.add_argument(
        "--rules",
        dest="alert_rules",
        default=None,
        help="alert rules JSON file " + _CONFIGURED.format("ALERT_RULES", "none"),
    )
    p.add_argument("--alerts", default=None, help="JSON Lines file the alerts are appended to")
    p.add_argument("--once", action="store_true", help="ingest what is there now and exit")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between polls (default 2)")
    p.add_argument(
        "--settle",
        type=float,
        default=SETTLE_S,
        help=f"seconds a .txt without a .json sidecar waits after its last change (default {SETTLE_S:g})",
    )
    p.add_argument(
        "--max-size",
        type=int,
        default=MAX_FILE_BYTES,
        help=f"largest report file read, in bytes; larger ones are skipped (default {MAX_FILE_BYTES:,})",
    )
    _add_perimeter_arguments(p)
    p.set_defaults(handler=_cmd_watch)

    p = sub.add_parser(
        "audit", parents=[common], help="check that an incident store's audit trail is intact (hash chain)"
    )
    p.add_argument(
        "store",
        nargs="?",
        default=None,
        help="incident store GeoPackage (.gpkg) " + _CONFIGURED.format("STORE", "none"),
    )
    p.set_defaults(handler=_cmd_audit)

    _cli_store.add_review_command(sub, common)
    _cli_store.add_alerts_command(sub, common)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every sub-command."""
    from geoincidents import __version__

    common = common_options()
    parser = argparse.ArgumentParser(
        prog="geoincidents",
        description="Baghdad incident reports as mapped, measured evidence. "
        "Settings: options > GEOINCIDENTS_* variables > geoincidents.toml (docs/configuration.md).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"geoincidents {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_data_commands(sub, common)
    _add_store_commands(sub, common)
    p = sub.add_parser("config", parents=[common], help="show the settings in force and where each comes from")
    p.set_defaults(handler=_cmd_config)
    add_app_command(sub, common)
    return parser


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Log records to the current ``sys.stderr`` (also when it is replaced after set-up, as tests do)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


class _Formatter(logging.Formatter):
    """Plain messages at INFO; ``warning:``, ``error:``, ``debug:`` before the others."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if record.levelno == logging.INFO else f"{record.levelname.lower()}: {text}"


def set_up_logging(verbosity: int) -> None:
    """Send the package's log to stderr: 0 = INFO (summaries, progress), 1+ = DEBUG, -1 = WARNING, -2 = ERROR."""
    level = {-1: logging.WARNING, 0: logging.INFO}.get(verbosity, logging.DEBUG if verbosity > 0 else logging.ERROR)
    logger = logging.getLogger("geoincidents")
    logger.setLevel(level)
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(_Formatter("%(message)s"))
        logger.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    set_up_logging(getattr(args, "verbose", 0) - getattr(args, "quiet", 0))
    handler: Handler = args.handler
    try:
        return handler(args)
    # Every error geoincidents raises on purpose (ConfigError, GazetteerError, ...) and the reading errors: one line.
    except (GeoincidentsError, FileNotFoundError, ValueError, TypeError, KeyError, OSError) as exc:
        text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
        reason = text.splitlines()[0] if text else type(exc).__name__
        print(f"geoincidents {args.command}: error: {reason}", file=sys.stderr)
        return EXIT_UNREADABLE


if __name__ == "__main__":
    raise SystemExit(main())
