"""One SQLite connection to a store file: opening, transactions, reads and closing.

Every write goes through :meth:`Database.transaction` (``BEGIN IMMEDIATE`` ... ``COMMIT``) on a
WAL journal with a busy timeout, so two processes can write at once without losing a row and a
process killed mid-write leaves the last committed state. The connection is guarded by a lock, so
one :class:`Database` may be shared between threads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from geoincidents.errors import StoreBusyError

__all__: list[str] = []


class Database:
    """An open store file.

    Parameters
    ----------
    path
        The ``.gpkg`` file (created by SQLite when missing).
    timeout_s
        How long a writer waits for another process's transaction before failing.
    """

    def __init__(self, path: Path, timeout_s: float) -> None:
        self.path = path
        self.timeout_s = float(timeout_s)
        self.lock = threading.RLock()
        self._depth = 0
        self._closed = False
        self.conn = sqlite3.connect(str(path), timeout=timeout_s, isolation_level=None, check_same_thread=False)
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout_s * 1000)}")
        except sqlite3.Error:
            self.conn.close()
            raise

    def use_wal(self) -> None:
        """Switch to the write-ahead log (after the GeoPackage header is written) with full syncs.

        WAL lets readers (the app, QGIS) read while a writer writes. When another program holds the
        file so that the switch is refused, the rollback journal keeps commits atomic and crash-safe,
        only less concurrent; the next opener tries WAL again.
        """
        with suppress(sqlite3.OperationalError):
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")

    @property
    def in_transaction(self) -> bool:
        """Whether a :meth:`transaction` is open."""
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Group writes into one atomic transaction; nested uses join the outer one.

        An exception rolls everything back.
        """
        with self.lock:
            if self._depth == 0:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError as exc:
                    raise self.busy(exc) from exc
            self._depth += 1
            try:
                yield self.conn
            except BaseException as exc:
                self._depth -= 1
                if self._depth == 0:
                    self.rollback()
                    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                        raise self.busy(exc) from exc
                raise
            self._depth -= 1
            if self._depth == 0:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.OperationalError as exc:  # a reader kept the lock (rollback journal)
                    self.rollback()
                    raise self.busy(exc) from exc

    def rollback(self) -> None:
        """Roll back the open transaction, if any (errors ignored: there may be none)."""
        with suppress(sqlite3.Error):
            self.conn.execute("ROLLBACK")

    def busy(self, exc: sqlite3.OperationalError) -> StoreBusyError:
        """The error a write that waited too long for another process's lock raises."""
        return StoreBusyError(
            f"{self.path}: the store is locked by another program beyond {self.timeout_s:g} s ({exc}); "
            "nothing was written, try again"
        )

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one query and return every row."""
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def checkpoint(self) -> None:
        """Copy committed transactions from the write-ahead log into the main file (never waits)."""
        with self.lock, suppress(sqlite3.OperationalError):
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        """Checkpoint and, when no other process has the file open, leave it a single plain file.

        The last one out switches the journal back from WAL to the default rollback journal, so the
        ``.gpkg`` can be copied, mailed or opened read-only as is; the next writer switches it to
        WAL again. Closing twice does nothing.
        """
        with self.lock:
            if self._closed:
                return
            if self._depth:
                raise RuntimeError(f"{self.path}: close() inside a transaction")
            self._closed = True
            self.conn.execute("PRAGMA busy_timeout = 0")  # closing never waits for another process
            with suppress(sqlite3.OperationalError):  # busy: another process has it open
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self.conn.execute("PRAGMA journal_mode = DELETE")
            self.conn.close()
