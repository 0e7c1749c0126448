"""``geoincidents app``: start the analyst app (Streamlit) from an installed package.

The app is the packaged script :data:`geoincidents.ui.APP_SCRIPT`, run by ``python -m streamlit run`` with
this interpreter, bound to 127.0.0.1, headless, with no usage statistics. Its other Streamlit settings
(upload limit, no error details) come from the script's own ``.streamlit/config.toml``, which ships beside
it. Importing this module is light (standard library only): the command line registers the command with
:func:`add_app_command` without importing Streamlit.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from geoincidents._optional import require
from geoincidents.config import CONFIG_ENV
from geoincidents.ui import APP_SCRIPT

__all__ = ["DEFAULT_ADDRESS", "DEFAULT_PORT", "add_app_command", "app_command", "run_app"]

DEFAULT_ADDRESS = "127.0.0.1"
"""Only this machine: an analyst's incidents are not served to the network."""
DEFAULT_PORT = 8501


def app_command(
    *, port: int = DEFAULT_PORT, address: str = DEFAULT_ADDRESS, streamlit_args: Sequence[str] = ()
) -> list[str]:
    """The command that serves the app: ``python -m streamlit run APP_SCRIPT`` and its settings.

    ``streamlit_args`` (Streamlit options such as ``--theme.base dark``) come last, so they win.
    """
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP_SCRIPT),
        "--server.address",
        address,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        *streamlit_args,
    ]


def run_app(
    *,
    port: int = DEFAULT_PORT,
    address: str = DEFAULT_ADDRESS,
    streamlit_args: Sequence[str] = (),
    config: str | None = None,
) -> int:
    """Serve the app until it stops (Ctrl-C); return Streamlit's exit status.

    ``config`` (the command line's ``--config``) reaches the app as ``GEOINCIDENTS_CONFIG``, so the app
    reads the same settings file as the command that started it.

    Raises
    ------
    MissingExtraError
        When the ``[app]`` extra (Streamlit, streamlit-folium, folium) is not installed.
    """
    require("app", "the analyst app")
    env = None if config is None else {**os.environ, CONFIG_ENV: str(Path(config).resolve())}
    proc = subprocess.Popen(app_command(port=port, address=address, streamlit_args=streamlit_args), env=env)
    with _forwarding_sigterm(proc):
        try:
            return proc.wait()
        except KeyboardInterrupt:  # Ctrl-C (Streamlit may have had it too): stop it and wait for it
            proc.terminate()
            return proc.wait()


@contextmanager
def _forwarding_sigterm(proc: subprocess.Popen[bytes]) -> Iterator[None]:
    """While serving, a SIGTERM to this process stops Streamlit too (no server left behind)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: proc.terminate())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _cmd_app(args: argparse.Namespace) -> int:
    config = getattr(args, "config", None)
    return run_app(port=args.port, address=args.address, streamlit_args=args.streamlit_args, config=config)


def add_app_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser | None = None
) -> None:
    """Register the ``app`` sub-command on the command line's sub-parsers (with the ``common`` options)."""
    p = sub.add_parser(
        "app",
        parents=[] if common is None else [common],
        help="start the analyst app in the browser (needs the [app] extra)",
        description="Serve the analyst app with Streamlit on this machine; open the printed address.",
        epilog="Streamlit options go after '--', e.g.: geoincidents app -- --theme.base dark",
    )
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument(
        "--address",
        default=DEFAULT_ADDRESS,
        help=f"address to serve on (default {DEFAULT_ADDRESS}: this machine only; another address serves "
        "the incidents you load to the network)",
    )
    p.add_argument("streamlit_args", nargs="*", metavar="-- STREAMLIT_OPTION", help="passed to streamlit run")
    p.set_defaults(handler=_cmd_app)
