"""Reading report files from the watched folder without ever leaving it.

Every file is named relative to an open descriptor of the folder, checked with ``lstat`` (a regular
file, one hard link, within the size limit) before it is opened, and opened with ``O_NOFOLLOW`` (a
file swapped for a link in between is refused) and ``O_NONBLOCK``; the open file is checked again
(same inode, still regular). So a symbolic link, a hard link to a file elsewhere, a FIFO, a device or
a sub-folder is never read, whatever it points to. What cannot be read this way raises
:class:`SkipFile`, which the watcher reports and retries; it never stops the watcher.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MAX_FILE_BYTES", "MAX_SIDECAR_BYTES", "SETTLE_S", "SkipFile"]

MAX_FILE_BYTES = 1_000_000
"""Largest report file (``.txt`` or ``.jsonl``) the watcher reads, in bytes (1 MB): larger ones are skipped."""
MAX_SIDECAR_BYTES = 64_000
"""Largest ``NAME.json`` sidecar the watcher reads, in bytes."""
SETTLE_S = 10.0
"""Seconds a ``.txt`` without a sidecar waits after its last change before it is read (while polling)."""
_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)

Signature = tuple[int, int, int]
"""What tells a file changed: size, modification time (ns) and inode."""


class SkipFile(Exception):  # noqa: N818 (a signal to skip, not an error of the library)
    """A file the watcher does not read now (a link, not a regular file, too large, unreadable)."""


@dataclass(frozen=True)
class FileData:
    """The bytes of one report file and of its sidecar, as read, with what they were read as."""

    name: str
    data: bytes
    signature: Signature
    sidecar: bytes | None = None
    sidecar_signature: Signature | None = None


def signature(st: os.stat_result) -> Signature:
    """The size, modification time and inode of a ``stat`` result."""
    return (int(st.st_size), int(st.st_mtime_ns), int(st.st_ino))


@contextmanager
def open_folder(folder: Path) -> Iterator[int]:
    """An open descriptor of ``folder`` (a FileNotFoundError / NotADirectoryError when it is not one)."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
    try:
        yield fd
    finally:
        os.close(fd)


def names(dir_fd: int) -> list[str]:
    """The entries of the folder, sorted."""
    return sorted(os.listdir(dir_fd))


def check_entry(dir_fd: int, name: str, limit: int, what: str = "the file") -> os.stat_result | None:
    """``lstat`` one entry and refuse what the watcher never reads; None when it does not exist.

    Raises
    ------
    SkipFile
        A symbolic link, not a regular file, a file with other hard links, over ``limit`` bytes, or
        not even ``lstat``-able; the message says which.
    """
    if "/" in name or name in ("", ".", ".."):
        raise SkipFile(f"{what} is not a plain file name")
    try:
        st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SkipFile(f"cannot look at {what}: {exc.strerror}") from exc
    if stat.S_ISLNK(st.st_mode):
        raise SkipFile(f"{what} is a symbolic link; watch never follows links (copy or move the file in)")
    if not stat.S_ISREG(st.st_mode):
        raise SkipFile(f"{what} is not a regular file")
    if st.st_nlink > 1:
        raise SkipFile(f"{what} has {st.st_nlink} hard links, so it is also elsewhere; copy or move the file in")
    if st.st_size > limit:
        raise SkipFile(f"{what} is {st.st_size:,} bytes, over the limit of {limit:,} bytes")
    return st


def read_entry(dir_fd: int, name: str, limit: int, what: str = "the file") -> tuple[bytes, Signature] | None:
    """Read one regular file of the folder (None when it does not exist); never follows a link.

    Raises
    ------
    SkipFile
        As :func:`check_entry`, or when the file cannot be opened or read (its message says why).
    """
    before = check_entry(dir_fd, name, limit, what)
    if before is None:
        return None
    try:
        fd = os.open(name, _OPEN_FLAGS, dir_fd=dir_fd)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SkipFile(f"{what} is a symbolic link; watch never follows links") from exc
        raise SkipFile(f"cannot open {what}: {exc.strerror}") from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_ino != before.st_ino or st.st_nlink > 1:
            raise SkipFile(f"{what} was replaced while being opened; tried again later")
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise SkipFile(f"cannot read {what}: {exc.strerror}") from exc
    finally:
        os.close(fd)
    if len(data) > limit:
        raise SkipFile(f"{what} grew over the limit of {limit:,} bytes")
    return data, signature(st)


def sidecar_name(name: str) -> str | None:
    """The ``NAME.json`` sidecar of a ``NAME.txt`` report (None for other files)."""
    path = Path(name)
    return path.with_suffix(".json").name if path.suffix.lower() == ".txt" else None


def read_report(dir_fd: int, name: str, limit: int = MAX_FILE_BYTES) -> FileData | None:
    """Read a report file and its sidecar (for a ``.txt``); None when the file is gone."""
    found = read_entry(dir_fd, name, limit)
    if found is None:
        return None
    side = sidecar_name(name)
    side_found = None if side is None else read_entry(dir_fd, side, MAX_SIDECAR_BYTES, f"its sidecar {side}")
    if side_found is None:
        return FileData(name, *found)
    return FileData(name, *found, *side_found)


def current_signature(dir_fd: int, name: str, limit: int) -> tuple[Signature, Signature | None] | None:
    """The signatures of a report file and of its sidecar, without reading them (None: the file is gone)."""
    st = check_entry(dir_fd, name, limit)
    if st is None:
        return None
    side = sidecar_name(name)
    side_st = None if side is None else check_entry(dir_fd, side, MAX_SIDECAR_BYTES, f"its sidecar {side}")
    return signature(st), None if side_st is None else signature(side_st)
