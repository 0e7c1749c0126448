"""The command line's store commands: ``geoincidents review`` and ``geoincidents alerts``.

``review list`` / ``review history`` / ``review set`` / ``review export`` and ``alerts list`` /
``alerts export`` work on an incident store (``--store``, else the configured ``store``). Listings
are for a person: column titles from :mod:`geoincidents.labels`, landmarks by name, control
characters shown as ``\\xNN``. Exports are data files: the store's own column names. Status changes
go through the store's review state machine (:meth:`~geoincidents.store.incident_store.IncidentStore.set_status`),
with a named analyst and a reason, into the audit trail.

Like :mod:`geoincidents.cli`, nothing heavy is imported until a command runs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoincidents.config import SETTINGS, Config, env_var, load_config
from geoincidents.errors import ConfigError

if TYPE_CHECKING:
    import pandas as pd

    from geoincidents.store.incident_store import IncidentStore

__all__ = ["add_alerts_command", "add_review_command", "add_store_argument", "settings", "store_path"]

_LIST_COLUMNS = ("event_id", "event_date", "event_type", "location", "landmark", "distance_m", "status")
_HISTORY_COLUMNS = ("at", "analyst", "action", "field", "before", "after", "reason")
_INCIDENT_SUFFIXES = (".csv", ".geojson", ".json", ".gpkg")
_ALERT_SUFFIXES = (".jsonl", ".csv", ".geojson", ".json")


def store_path(cfg: Config) -> Path:
    """The incident store in force (``--store``, ``$GEOINCIDENTS_STORE`` or the file's ``store``).

    Raises
    ------
    ConfigError
        When none is given anywhere.
    """
    if cfg.store is None:
        raise ConfigError(
            f"no incident store: give --store FILE.gpkg, set ${env_var('store')} or store in geoincidents.toml"
        )
    return cfg.store


def add_store_argument(p: argparse.ArgumentParser, *, created: bool = False) -> None:
    """``--store FILE.gpkg`` (default: the configured store)."""
    what = "created when missing" if created else "must exist"
    p.add_argument(
        "--store",
        default=None,
        help=f"incident store GeoPackage (.gpkg), {what} (default: ${env_var('store')}, else geoincidents.toml)",
    )


def settings(args: argparse.Namespace) -> Config:
    """The settings in force for a command: its options (by key: ``--perimeter``, ``--store`` ...) over the rest."""
    overrides = {s.key: getattr(args, s.key) for s in SETTINGS if getattr(args, s.key, None) is not None}
    return load_config(getattr(args, "config", None), overrides=overrides)


def _open(args: argparse.Namespace) -> IncidentStore:
    """The store named by the options or the configuration; never created by a listing or a review."""
    from geoincidents.store.incident_store import IncidentStore

    cfg = settings(args)
    return IncidentStore(
        store_path(cfg), perimeter=cfg.perimeter, bands_m=cfg.bands, gazetteer=cfg.gazetteer, create=False
    )


def _print_table(table: pd.DataFrame, empty: str) -> None:
    """A table for a person on stdout: titled columns, text made safe for the terminal."""
    import pandas as pd

    from geoincidents.labels import for_display, terminal_text

    if table.empty:
        print(empty)
        return
    cells = table.astype(object).where(table.notna().to_numpy(), "")
    for column in table.columns:
        values = table[column]
        if isinstance(values.dtype, pd.DatetimeTZDtype) or values.dtype.kind == "M":
            cells[column] = [when(v) for v in values]
        elif column.endswith("_m") and values.dtype.kind == "f":
            cells[column] = ["" if pd.isna(v) else f"{v:.0f}" for v in values]
    print(for_display(cells.map(terminal_text)).to_string(index=False))


def when(value: Any) -> str:
    """A stored time for a person: to the second, in UTC (``2024-01-05 10:32:07 UTC``); '' when missing."""
    import pandas as pd

    if value is None or pd.isna(value):
        return ""
    stamp = pd.Timestamp(value)
    stamp = stamp.tz_convert("UTC") if stamp.tzinfo is not None else stamp
    text: str = stamp.strftime("%Y-%m-%d %H:%M:%S")
    return text + (" UTC" if stamp.tzinfo is not None else "")


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "statuses": args.status or None,
        "event_types": args.event_type or None,
        "date_from": args.since,
        "date_to": args.until,
    }


def _cmd_review_list(args: argparse.Namespace) -> int:
    from geoincidents.labels import landmark_phrase

    with _open(args) as store:
        found = store.query(**_filters(args))
        gazetteer = store.gazetteer
    table = found.drop(columns=found.geometry.name)
    table["landmark"] = [
        landmark_phrase(rel, lid, gazetteer=gazetteer)
        for rel, lid in zip(table["relation"], table["landmark_id"], strict=True)
    ]
    table["event_date"] = table["event_date"].dt.date
    if args.limit:
        table = table.head(args.limit)
    _print_table(table[list(_LIST_COLUMNS)], "no incident matches")
    if len(found):
        print(f"{len(table)} of {len(found)} incident(s) shown")
    return 0


def _cmd_review_history(args: argparse.Namespace) -> int:
    with _open(args) as store:
        store.get(args.event_id)  # KeyError naming the store when there is no such incident
        trail = store.audit(args.event_id)
    _print_table(trail[[c for c in _HISTORY_COLUMNS if c in trail]], "no change recorded")
    return 0


def _cmd_review_set(args: argparse.Namespace) -> int:
    from geoincidents.labels import terminal_text
    from geoincidents.ui.review import change_status  # the app's review step: one account of a change

    path = store_path(settings(args))
    print(terminal_text(change_status(path, args.event_id, args.status, args.analyst, args.reason)))
    return 0


def _cmd_review_export(args: argparse.Namespace) -> int:
    from geoincidents.io.incidents import write_incidents

    out = Path(args.output)
    if out.suffix.lower() not in _INCIDENT_SUFFIXES:
        raise ValueError(f"{out}: unsupported output type {out.suffix!r}; use .csv, .geojson or .gpkg")
    with _open(args) as store:
        found = store.query(**_filters(args))
    write_incidents(found, out)
    print(f"{len(found)} incident(s) written to {out}")
    return 0


def _cmd_alerts_list(args: argparse.Namespace) -> int:
    from geoincidents.labels import terminal_text

    with _open(args) as store:
        alerts = store.pending_alerts() if args.pending else store.alerts(limit=args.limit or None)
    if alerts.empty:
        print("no alert stored" if not args.pending else "no alert waiting to be emitted")
        return 0
    for row in alerts.itertuples(index=False):
        print(terminal_text(f"{when(row.created_at)}  {row.message}  [event {row.event_id}]"))
    print(f"{len(alerts)} alert(s)")
    return 0


def _cmd_alerts_export(args: argparse.Namespace) -> int:
    from geoincidents.io.geojson import write_geojson
    from geoincidents.store.watch import alert_records

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in _ALERT_SUFFIXES:
        raise ValueError(f"{out}: unsupported output type {out.suffix!r}; use .jsonl, .csv or .geojson")
    with _open(args) as store:
        alerts = store.alerts()
    if suffix == ".jsonl":
        lines = [json.dumps(rec, ensure_ascii=False, allow_nan=False) for rec in alert_records(alerts)]
        out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    elif suffix == ".csv":
        alerts.drop(columns=alerts.geometry.name).to_csv(out, index=False)
    else:
        write_geojson(alerts, out, id_column="alert_id")
    print(f"{len(alerts)} alert(s) written to {out}")
    return 0


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--status",
        nargs="+",
        default=None,
        help="only these review statuses (unverified, verified, disputed, rejected)",
    )
    p.add_argument("--event-type", nargs="+", default=None, help="only these ACLED event types")
    p.add_argument("--since", default=None, help="only incidents on or after this day (YYYY-MM-DD)")
    p.add_argument("--until", default=None, help="only incidents on or before this day (YYYY-MM-DD)")


def add_review_command(sub: Any, common: argparse.ArgumentParser) -> None:
    """``geoincidents review list|history|set|export``."""
    review = sub.add_parser("review", parents=[common], help="list incidents of a store, review them, export them")
    actions = review.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = actions.add_parser("list", parents=[common], help="list the store's incidents (by date)")
    add_store_argument(p)
    _add_filters(p)
    p.add_argument("--limit", type=int, default=0, help="show at most this many")
    p.set_defaults(handler=_cmd_review_list)

    p = actions.add_parser("history", parents=[common], help="an incident's review history (audit trail)")
    p.add_argument("event_id", help="the incident's event id")
    add_store_argument(p)
    p.set_defaults(handler=_cmd_review_history)

    p = actions.add_parser(
        "set",
        parents=[common],
        help="change an incident's review status (named analyst and reason; see docs/store.md)",
        description="unverified -> verified | disputed | rejected; verified -> disputed; "
        "disputed -> verified | rejected | unverified; rejected -> unverified",
    )
    p.add_argument("event_id", help="the incident's event id")
    p.add_argument("status", help="the new status (checked by the store's state machine)")
    p.add_argument("--analyst", required=True, help="who makes the change")
    p.add_argument("--reason", required=True, help="why (recorded in the audit trail)")
    add_store_argument(p)
    p.set_defaults(handler=_cmd_review_set)

    p = actions.add_parser("export", parents=[common], help="write the store's incidents to .csv, .geojson or .gpkg")
    p.add_argument("-o", "--output", required=True, help="file to write (.csv, .geojson or .gpkg)")
    add_store_argument(p)
    _add_filters(p)
    p.set_defaults(handler=_cmd_review_export)


def add_alerts_command(sub: Any, common: argparse.ArgumentParser) -> None:
    """``geoincidents alerts list|export``."""
    alerts = sub.add_parser("alerts", parents=[common], help="list or export the alerts stored in a store")
    actions = alerts.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = actions.add_parser("list", parents=[common], help="the stored alerts, newest first")
    add_store_argument(p)
    p.add_argument("--limit", type=int, default=20, help="show at most this many (default 20; 0: all)")
    p.add_argument("--pending", action="store_true", help="only those not yet emitted by watch (oldest first)")
    p.set_defaults(handler=_cmd_alerts_list)

    p = actions.add_parser("export", parents=[common], help="write every stored alert to .jsonl, .csv or .geojson")
    p.add_argument("-o", "--output", required=True, help="file to write (.jsonl, .csv or .geojson)")
    add_store_argument(p)
    p.set_defaults(handler=_cmd_alerts_export)
