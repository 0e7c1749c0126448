"""A real server under test: a free local port, and waiting on a health endpoint (no sleeps)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

__all__ = ["free_port", "wait_healthy"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout_s: float = 90.0) -> None:
    """Poll the health endpoint until it answers 'ok' (each poll blocks on the HTTP call, no sleep)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200 and resp.read().strip() == b"ok":
                    return
        except OSError:
            # not listening yet: wait for the process a moment (returns at once if it exits)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.25)
    tail = log.read_text(errors="replace")[-3000:]
    raise RuntimeError(f"streamlit did not become healthy in {timeout_s:.0f} s:\n{tail}")
