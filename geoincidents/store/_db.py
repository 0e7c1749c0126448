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
from typing import Any, NoReturn

from geoincidents.errors import StoreBusyError, StoreError, StoreFullError, StoreIOError

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

        An exception rolls everything back. SQLite's errors about the file (busy, full, I/O,
        read-only, a refused change) come out as :class:`~geoincidents.errors.StoreError` subclasses
        that say what happened (:func:`store_error`).
        """
        with self.lock:
            if self._depth == 0:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as exc:
                    self.raise_for(exc)
            self._depth += 1
            try:
                yield self.conn
            except BaseException as exc:
                self._depth -= 1
                if self._depth == 0:
                    self.rollback()
                if isinstance(exc, sqlite3.Error):
                    self.raise_for(exc)
                raise
            self._depth -= 1
            if self._depth == 0:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as exc:  # e.g. a reader kept the lock (rollback journal), or the disk is full
                    self.rollback()
                    self.raise_for(exc)

    def rollback(self) -> None:
        """Roll back the open transaction, if any (errors ignored: there may be none)."""
        with suppress(sqlite3.Error):
            self.conn.execute("ROLLBACK")

    def raise_for(self, exc: sqlite3.Error) -> NoReturn:
        """Raise what an SQLite error on this file means (:func:`store_error`), chained to it."""
        err = store_error(self.path, exc, self.timeout_s)
        if err is exc:
            raise exc
        raise err from exc

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one query and return every row."""
        with self.lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                self.raise_for(exc)

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


# SQLite primary result codes (https://sqlite.org/rescode.html).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_CONSTRAINT_TRIGGER = 19 | (7 << 8)  # an extended code: SQLITE_CONSTRAINT_TRIGGER


def store_error(path: Path, exc: sqlite3.Error, timeout_s: float = 0.0) -> Exception:
    """Say truthfully what an SQLite error on the store file means.

    Busy or locked: :class:`StoreBusyError` (another program held the file beyond the timeout). Full:
    :class:`StoreFullError` (the disk, or the database's page limit). Read-only, I/O, damaged or not a
    database: :class:`StoreIOError`. A change refused by the store's own triggers (append-only
    tables): :class:`StoreError` with the trigger's message. Anything else is a programming error
    and is returned unchanged. Each message says that nothing was written (the transaction was
    rolled back).
    """
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    if code in (_BUSY, _LOCKED):
        return StoreBusyError(
            f"{path}: the store is locked by another program beyond {timeout_s:g} s ({exc}); "
            "nothing was written, try again"
        )
    if code == _FULL:
        return StoreFullError(
            f"{path}: the disk holding the store is full, or the database reached its size limit ({name}: {exc}); "
            "nothing was written: free some space and try again"
        )
    if code == _READONLY:
        return StoreIOError(
            f"{path}: the store file cannot be written, it is read-only ({name}: {exc}); nothing was written"
        )
    if code in (_IOERR, _CANTOPEN, _CORRUPT, _NOTADB):
        return StoreIOError(f"{path}: the store file could not be read or written ({name}: {exc}); nothing was written")
    if getattr(exc, "sqlite_errorcode", 0) == _CONSTRAINT_TRIGGER:  # RAISE() in the store's own triggers
        return StoreError(f"{path}: refused: {exc}; nothing was written")
    return exc
