"""The app's heavy work on pasted reports, in a process of its own, with a time limit.

Streamlit runs every browser session as a thread of one server process. Work that holds the GIL
for long (a regular expression scanning a huge text is one C call) freezes every other session,
and a crash in native code ends them all. :func:`extract_isolated` runs the extraction in a
child process instead: other sessions keep their share of the machine, a run that passes its time
limit is stopped, and a crash ends only that child.

Children are forked from a ``forkserver`` (a clean single-threaded process that imported the
extractor once), never from the threaded Streamlit server. Arguments go in as plain values; the
result comes back as RFC 7946 GeoJSON text (:func:`geoincidents.io.geojson.to_feature_collection`),
read back with the incident schema: no pickled objects cross the boundary in either direction
except strings and dates.
"""

from __future__ import annotations

import json
import multiprocessing
from datetime import date
from multiprocessing.connection import Connection
from typing import Any

import geopandas as gpd
import pandas as pd

from geoincidents.errors import GeoincidentsError
from geoincidents.schema import coerce_incidents

__all__ = ["EXTRACT_TIME_LIMIT_S", "IsolatedWorkError", "extract_isolated"]

# A pasted report that takes longer than this is stopped (extraction is linear; this is minutes of text).
EXTRACT_TIME_LIMIT_S = 120.0
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["geoincidents.ui._isolated_child"])


class IsolatedWorkError(GeoincidentsError, RuntimeError):
    """Work run in a child process failed, crashed or passed its time limit; the message says which."""


def _receive(conn: Connection, proc: Any, what: str, time_limit_s: float) -> dict[str, Any]:
    """The child's one message, or an :class:`IsolatedWorkError` saying why there is none."""
    try:
        if not conn.poll(time_limit_s):
            raise IsolatedWorkError(f"{what} took longer than {time_limit_s:g} s and was stopped; try a shorter text")
        message: dict[str, Any] = json.loads(conn.recv_bytes().decode("utf-8"))
    except EOFError:  # the child ended without a word: a crash
        proc.join(5)
        raise IsolatedWorkError(f"{what} stopped unexpectedly (exit status {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        conn.close()
    if "error" in message:
        raise IsolatedWorkError(str(message["error"]))
    return message


def extract_isolated(
    text: str, published: date | None, source: str, *, time_limit_s: float = EXTRACT_TIME_LIMIT_S
) -> gpd.GeoDataFrame:
    """:func:`geoincidents.extraction.pipeline.extract_incidents` in a child process.

    Returns
    -------
    geopandas.GeoDataFrame
        The extracted incidents in the incident schema (EPSG:4326), as the extractor gave them.

    Raises
    ------
    IsolatedWorkError
        When the extraction fails (its message), crashes, or takes longer than ``time_limit_s``.
    """
    from geoincidents.ui._isolated_child import extract_to_geojson

    receiver, sender = _CONTEXT.Pipe(duplex=False)
    published_text = published.isoformat() if published is not None else None
    proc = _CONTEXT.Process(target=extract_to_geojson, args=(sender, text, published_text, source), daemon=True)
    proc.start()
    sender.close()  # the child holds the only sending end: its exit ends the pipe
    message = _receive(receiver, proc, "Extracting the report", time_limit_s)
    return _incidents_from_features(message["features"], message.get("columns", []))


def _incidents_from_features(features: list[dict[str, Any]], columns: list[str]) -> gpd.GeoDataFrame:
    """Incidents in the schema from GeoJSON features: typed columns in their order, points from lon/lat."""
    table = pd.DataFrame([f.get("properties") or {} for f in features], columns=columns or None)
    return coerce_incidents(table)
