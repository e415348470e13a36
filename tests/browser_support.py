"""Start JupyterLab or Voila and drive them from headless Chromium in end-to-end tests."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

if TYPE_CHECKING:  # playwright is a dev dependency; import it only where a browser is needed
    from playwright.sync_api import Page, Route

# The project's Voila template (Voila's "lab" without its CDN stylesheets) lives here.
JUPYTER_DATA = Path(__file__).resolve().parent.parent / "corpus_tools" / "jupyter"
VOILA_TEMPLATE = "framing-lab"

# Debian's package; `playwright install` cannot download a browser on these machines.
DEFAULT_CHROMIUM = "/usr/bin/chromium"

CHROMIUM_ARGS = [
    "--no-sandbox",  # we run as root in a container, where the sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",  # no Google calls (safe browsing, variations, ...)
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",  # small /dev/shm in some CI containers crashes tabs
    # Chromium still looks up hosts such as accounts.google.com by itself; answer every
    # name except localhost with "not found" so no DNS query leaves the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]

VIEWPORT = {"width": 1400, "height": 1000}

SERVER_START_TIMEOUT_S = 60.0

# Hosts the page may talk to; everything else is aborted so a test never waits on the network
# (Voila's lab template links Font Awesome CSS from cdn.jsdelivr.net, for example).
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}

# JupyterLab user settings written into the private settings folder of each server.
_LAB_USER_SETTINGS: dict[str, dict[str, object]] = {
    # No news consent toast and no "newer version" check against pypi.org.
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    # Never write outputs back into the notebook under test.
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    "@jupyterlab/notebook-extension/tracker": {
        # Keep every cell in the DOM so execution counts of off-screen cells can be checked.
        "windowingMode": "none",
        # Start the default kernel for notebooks without kernelspec instead of asking.
        "autoStartDefaultKernel": True,
    },
}

# Environment variables that could point the server at the developer's own Jupyter setup.
_LEAKY_ENV = ("JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTER_TOKEN", "JUPYTER_PREFER_ENV_PATH")


def free_port() -> int:
    """Return a loopback TCP port that is free right now."""
    # The OS picks the port; the server is started with port retries off, so a lost race
    # shows up as a failed start, which _serve() retries with a new port.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def chromium_path() -> str:
    """Return the path of the system Chromium, or raise if it is not installed."""
    if os.access(DEFAULT_CHROMIUM, os.X_OK):
        return DEFAULT_CHROMIUM
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    raise FileNotFoundError(
        "Chromium not found (looked for /usr/bin/chromium and 'chromium' on PATH). "
        "Install it with: apt-get install -y chromium fonts-dejavu-core"
    )


def _private_env(home: Path) -> dict[str, str]:
    """Return an environment whose Jupyter/IPython state lives under `home`."""
    env = {k: v for k, v in os.environ.items() if k not in _LEAKY_ENV}
    dirs = {
        "JUPYTER_CONFIG_DIR": home / "config",
        "JUPYTER_DATA_DIR": home / "data",  # also holds the notebook trust database
        "JUPYTER_RUNTIME_DIR": home / "runtime",  # server info and kernel connection files
        "JUPYTERLAB_SETTINGS_DIR": home / "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": home / "lab-workspaces",  # no restored tabs from other runs
        "IPYTHONDIR": home / "ipython",  # no shared history.sqlite
    }
    for name, path in dirs.items():
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env["PYTHONUNBUFFERED"] = "1"  # so the log we show on failure is complete
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # silences a debugger warning in kernel logs
    env.pop("BROWSER", None)
    return env


def _write_lab_settings(settings_dir: Path) -> None:
    """Write the JupyterLab user settings that keep the UI quiet and deterministic."""
    for plugin, values in _LAB_USER_SETTINGS.items():
        target = settings_dir / f"{plugin}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values, indent=2), encoding="utf-8")


def _log_tail(log_path: Path, limit: int = 6000) -> str:
    """Return the end of a server log for error messages."""
    try:
        text = log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return text[-limit:]


def _http_status(url: str) -> int | None:
    """Return the HTTP status of GET url, or None if nothing answers."""
    # An empty ProxyHandler: an http_proxy in the environment must not see loopback requests.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except (urllib.error.URLError, OSError):
        return None


def _descendants(pid: int) -> list[int]:
    """Return the pids of all live descendants of pid (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name (field 2) may contain spaces; fields after ')' are fixed.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _start_time(pid: int) -> str | None:
    """Return the kernel start time of pid, to recognise pid reuse."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _stop(proc: subprocess.Popen[bytes], grace_s: float = 15.0) -> None:
    """Stop the server we started, by its own pid, and any kernels it leaves behind."""
    if proc.poll() is not None:
        return
    # Kernels run in their own sessions (jupyter_client uses start_new_session), so note
    # the server's descendants now; SIGTERM normally shuts them down cleanly.
    leftovers = {pid: _start_time(pid) for pid in _descendants(proc.pid)}
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
    deadline = time.monotonic() + 5
    for pid, started in leftovers.items():
        while _start_time(pid) == started and started is not None and time.monotonic() < deadline:
            time.sleep(0.1)
        if started is not None and _start_time(pid) == started:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def _serve(
    name: str,
    make_cmd: Callable[[int, Path], list[str]],
    probe_path: str,
    cwd: Path,
    attempts: int = 3,
    extra_env: dict[str, str] | None = None,
) -> Iterator[str]:
    """Start a Jupyter-style server on a free port, wait until it answers, stop it on exit."""
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as tmp:
        home = Path(tmp)
        env = _private_env(home) | (extra_env or {})
        _write_lab_settings(Path(env["JUPYTERLAB_SETTINGS_DIR"]))
        log_path = home / "server.log"
        failure = ""
        for _attempt in range(attempts):
            port = free_port()
            base_url = f"http://127.0.0.1:{port}"
            cmd = make_cmd(port, home)
            with log_path.open("ab") as log:
                # Popen without a shell, so proc.pid is the server itself.
                proc = subprocess.Popen(
                    cmd,
                    cwd=cwd,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=log,  # a file, not a pipe: a full pipe would block the server
                    stderr=subprocess.STDOUT,
                )
            try:
                deadline = time.monotonic() + SERVER_START_TIMEOUT_S
                ready = False
                while time.monotonic() < deadline and proc.poll() is None:
                    status = _http_status(base_url + probe_path)
                    if status is not None and status < 400:
                        ready = True
                        break
                    time.sleep(0.25)
                if ready:
                    try:
                        yield base_url
                    finally:
                        _stop(proc)
                    return
                exited = proc.poll() is not None
                failure = (
                    f"{name} exited with code {proc.returncode}"
                    if exited
                    else f"{name} did not answer {probe_path} within {SERVER_START_TIMEOUT_S:.0f} s"
                )
                if not exited:
                    break  # a hanging server will not be cured by another port
                # Most likely the port was taken between free_port() and bind: try another.
            finally:
                _stop(proc)
        raise RuntimeError(
            f"{failure}\ncommand: {' '.join(map(str, cmd))}\n--- server log ---\n"
            f"{_log_tail(log_path)}"
        )


@contextlib.contextmanager
def jupyter_lab(root_dir: Path) -> Iterator[str]:
    """Run JupyterLab on a free loopback port with no token and yield its base URL."""
    root = Path(root_dir).resolve()
    if not root.is_dir():
        raise NotADirectoryError(f"JupyterLab root_dir is not a directory: {root}")

    def make_cmd(port: int, home: Path) -> list[str]:
        return [
            sys.executable,  # the venv's interpreter, so the kernel sees the project's packages
            "-m",
            "jupyterlab",
            "--no-browser",
            "--allow-root",  # CI and these machines run as root
            "--ip=127.0.0.1",
            f"--port={port}",
            "--ServerApp.port_retries=0",  # otherwise it silently moves to another port
            "--IdentityProvider.token=",  # no token: the browser opens URLs directly
            "--PasswordIdentityProvider.hashed_password=",
            f"--ServerApp.root_dir={root}",
            # Server-side calls to the outside world:
            "--LabApp.news_url=None",  # news feed at jupyterlab.github.io
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",  # pypi.org
            "--LabApp.extension_manager=readonly",  # PyPI-backed extension manager
            "--ServerApp.terminals_enabled=False",
            # Opening a notebook writes a checkpoint; keep it out of the repository.
            f"--FileCheckpoints.checkpoint_dir={home / 'checkpoints'}",
        ]

    with _serve("jupyterlab", make_cmd, "/lab", cwd=root) as base_url:
        yield base_url


@contextlib.contextmanager
def voila(notebook: Path) -> Iterator[str]:
    """Run Voila on one notebook on a free loopback port and yield the dashboard URL."""
    nb_path = Path(notebook).resolve()
    if not nb_path.is_file():
        raise FileNotFoundError(nb_path)

    def make_cmd(port: int, home: Path) -> list[str]:
        return [
            sys.executable,
            "-m",
            "voila",
            # An absolute path: Voila starts the kernel in dirname(notebook_path).
            str(nb_path),
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",  # default is "localhost", which may also bind ::1
            "--Voila.port_retries=0",  # default 50: it would silently pick another port
            f"--Voila.root_dir={nb_path.parent}",
            f"--Voila.connection_dir_root={home / 'runtime'}",
            "--VoilaConfiguration.show_tracebacks=True",  # errors visible in screenshots
            f"--template={VOILA_TEMPLATE}",  # as `make present` serves it
        ]

    # A static file answers without executing the notebook; "/" would start a kernel.
    with _serve(
        "voila",
        make_cmd,
        "/voila/static/voila.js",
        cwd=nb_path.parent,
        extra_env={"JUPYTER_PATH": str(JUPYTER_DATA)},
    ) as base:
        yield base + "/"


@contextlib.contextmanager
def browser_page(blocked_requests: list[str] | None = None) -> Iterator[Page]:
    """Yield a Playwright page in headless system Chromium that can reach only loopback."""
    from playwright.sync_api import sync_playwright

    blocked = blocked_requests if blocked_requests is not None else []

    def guard(route: Route) -> None:
        # Abort external requests at once instead of waiting for a network that is not there.
        host = urlsplit(route.request.url).hostname or ""
        if host in _LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            try:
                context.route("**/*", guard)
                page = context.new_page()
                page.set_default_timeout(30_000)
                yield page
            finally:
                context.close()
        finally:
            browser.close()


def _wait_for_kernel(page: Page, timeout_s: float) -> None:
    """Accept a "Select Kernel" dialog if one appears and wait until the kernel is idle."""
    toolbar = page.locator(".jp-NotebookPanel-toolbar")
    indicator = toolbar.locator(".jp-Notebook-ExecutionIndicator")
    kernel_name = toolbar.locator(".jp-Toolbar-kernelName")
    accept = page.locator(".jp-Dialog .jp-mod-accept")
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        # The dialog may come late (cold server), so look for it on every round.
        if accept.count() and accept.first.is_visible():
            accept.first.click()
        # The indicator already says "idle" while the toolbar still shows "No Kernel".
        elif (
            indicator.count()
            and indicator.first.get_attribute("data-status") == "idle"
            and kernel_name.count()
            and kernel_name.first.inner_text().strip() not in ("", "No Kernel")
        ):
            return
        page.wait_for_timeout(250)
    raise TimeoutError(f"kernel not idle after {timeout_s:.0f} s")


def _menu_command(page: Page, menu: str, command: str) -> None:
    """Run a JupyterLab command through the main menu, as a user would."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{menu}$")).click()
    item = page.locator(f'.lm-Menu-item[data-command="{command}"]')
    item.wait_for(state="visible")
    item.click()
    # The menu closes after the click; wait so the next click does not land on it.
    page.locator(".lm-Menu").first.wait_for(state="hidden")


_CELL_STATE_JS = """
() => {
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
    .map(e => e.textContent.trim());
  const ind = document.querySelector('.jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator');
  const errors = [...document.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
    .map(e => e.textContent.slice(0, 2000));
  return {prompts, status: ind ? ind.getAttribute('data-status') : null, errors};
}
"""


def open_notebook_and_run_all(
    page: Page, base_url: str, notebook_relpath: str, timeout_s: float = 120
) -> None:
    """Open a notebook in JupyterLab, run all cells and wait until every code cell has run."""
    page.goto(f"{base_url}/lab/tree/{quote(notebook_relpath)}")
    page.locator(".jp-NotebookPanel .jp-Notebook").first.wait_for(
        state="visible", timeout=timeout_s * 1000
    )
    _wait_for_kernel(page, timeout_s)
    # Stored execution counts would look like a finished run, so clear them first.
    _menu_command(page, "Edit", "editmenu:clear-all")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]"
        ".every(e => !/\\d/.test(e.textContent))"
    )
    _menu_command(page, "Run", "runmenu:run-all")

    deadline = time.monotonic() + timeout_s
    stalled_since: float | None = None
    state: dict[str, object] = {}
    while time.monotonic() < deadline:
        state = page.evaluate(_CELL_STATE_JS)
        prompts = [str(p) for p in state["prompts"]]  # type: ignore[union-attr]
        done = [bool(re.search(r"\[\d+\]", p)) for p in prompts]
        busy = any("*" in p for p in prompts) or state["status"] != "idle"
        if all(done) and not busy:  # also true for a notebook without code cells
            return
        # Run All stops at the first failing cell; the rest stay "[ ]" with an idle kernel.
        if any(done) and not busy:
            stalled_since = stalled_since or time.monotonic()
            if time.monotonic() - stalled_since > 3:
                raise RuntimeError(f"notebook stopped before the last cell: {state}")
        else:
            stalled_since = None
        page.wait_for_timeout(250)
    raise TimeoutError(f"cells still running after {timeout_s:.0f} s: {state}")
