"""Drives a Qt Quick app in a real X window through its accessibility tree (AT-SPI).

A `Session` starts, in a throw-away HOME and XDG_* directories, everything a desktop
would provide: an X server (Xvfb), a private D-Bus session bus and the accessibility bus
(at-spi-bus-launcher, which starts at-spi2-registryd on demand). `Session.launch` starts
the app there with its stderr captured; the returned `App` finds controls by accessible
name and role and uses them the way a keyboard or screen-reader user does: move the
focus to the control (AT-SPI grabFocus) and press Space or type with synthesized X key
events (XTest, through the accessibility registry).

Every process the session starts carries a marker in its environment; `Session.close`
ends all of them (also the ones D-Bus activated, which are not our children), so that
nothing outlives the test, also when it fails or times out.

Run with the system Python (/usr/bin/python3): python3-pyatspi is a Debian package.
"""

import ctypes
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

# Debian packages that provide what a session needs, by the program that is missing.
PACKAGE_FOR = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
    "pyatspi": "python3-pyatspi",
}

AT_SPI_BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
MARKER_VARIABLE = "RELIEF_E2E_SESSION"
DIR_PREFIX = "relief-e2e-"

# Which lines of the app's stderr count as a QML or JavaScript problem: any line with
# "qml" (any case), "TypeError", "ReferenceError", "Error:" or "Warning" fails the run
# unless it matches HARMLESS below. The app's own lines start with "relief-journal: ".
# The buses and Xvfb log to their own files (Session.logs), never to the app's stderr.
PROBLEM_PATTERN = re.compile(r"(?i:qml)|TypeError|ReferenceError|Error:|Warning")

# Lines that are known noise of a headless session, not problems of the app. Each entry:
# (pattern, why it is harmless). Keep this list short and explicit: nothing else was seen
# in the app's stderr under this session (Debian 12, Qt 6.4.2, at-spi2-core 2.46).
HARMLESS = [
    (re.compile(r"XDG_RUNTIME_DIR"),
     "Qt complains about the runtime directory's owner or mode; the session's own is 0700"),
]


class DriverError(AssertionError):
    """A step of an end-to-end test failed; the message says which step and why."""


class MissingTool(DriverError):
    """Something the session needs is not installed (the message names the package)."""


# --- processes ---------------------------------------------------------------------

_libc = ctypes.CDLL(None, use_errno=True)
_PR_SET_PDEATHSIG = 1


def _die_with_parent():
    # Runs in the child between fork and exec: if the test process is killed (ctest's
    # timeout sends SIGKILL), the kernel sends SIGTERM to this child.
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _processes_with_marker(marker):
    """The ids of the running processes whose environment holds our marker."""
    needle = f"{MARKER_VARIABLE}={marker}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                state = f.read().rsplit(b")", 1)[1].split()[0]
            if state in (b"Z", b"X"):
                continue  # already dead, waiting to be reaped by its parent
            with open(f"/proc/{entry}/environ", "rb") as f:
                if needle in f.read().split(b"\0"):
                    found.append(int(entry))
        except (OSError, IndexError):
            continue
    return found


def _require_program(program):
    if shutil.which(program) is None and not os.access(program, os.X_OK):
        raise MissingTool(f"{program} is not installed: install the Debian package "
                          f"{PACKAGE_FOR.get(program, program)} (scripts/bootstrap.sh)")


class _StreamCollector(threading.Thread):
    """Reads a child's output line by line into a list and a log file."""

    def __init__(self, stream, log_path):
        super().__init__(daemon=True)
        self.stream = stream
        self.lines = []
        self.log_path = log_path
        self.lock = threading.Lock()

    def run(self):
        with open(self.log_path, "w", encoding="utf-8") as log:
            for raw in iter(self.stream.readline, b""):
                line = raw.decode("utf-8", "replace").rstrip("\n")
                with self.lock:
                    self.lines.append(line)
                log.write(line + "\n")
                log.flush()

    def snapshot(self):
        with self.lock:
            return list(self.lines)


def classify_output(lines):
    """Splits output lines into (problems, ignored): problems are QML/JS errors or
    warnings; ignored are the lines that match a HARMLESS pattern."""
    problems, ignored = [], []
    for line in lines:
        if not PROBLEM_PATTERN.search(line):
            continue
        if any(pattern.search(line) for pattern, _ in HARMLESS):
            ignored.append(line)
        else:
            problems.append(line)
    return problems, ignored


class Session:
    """Xvfb + a private session bus + the accessibility bus, in a temporary HOME.

    Use as a context manager; `close` ends every process it started."""

    def __init__(self, screen="1280x1024x24", keep_dir=False, verbose=False):
        self.screen = screen
        self.keep_dir = keep_dir
        self.verbose = verbose
        self.marker = uuid.uuid4().hex
        _remove_stale_dirs()
        self.dir = tempfile.mkdtemp(prefix=DIR_PREFIX)
        self.logs = os.path.join(self.dir, "logs")
        os.makedirs(self.logs)
        self.env = None
        self._children = []
        self._apps = []
        self._closed = False

    def log(self, message):
        if self.verbose:
            print(f"[e2e {time.strftime('%H:%M:%S')}] {message}", flush=True)

    # Everything a child needs: no real HOME, no real journal, our display and buses.
    def _base_env(self):
        env = {k: v for k, v in os.environ.items()
               if k in ("PATH", "LANG", "LC_ALL", "TZ", "LD_LIBRARY_PATH", "ASAN_OPTIONS",
                        "UBSAN_OPTIONS", "LSAN_OPTIONS")}
        env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
        env.setdefault("LANG", "C.UTF-8")
        home = os.path.join(self.dir, "home")
        env.update({
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
            "XDG_RUNTIME_DIR": os.path.join(self.dir, "runtime"),
            "TMPDIR": os.path.join(self.dir, "tmp"),
            MARKER_VARIABLE: self.marker,
        })
        for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                    "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"):
            os.makedirs(env[key], mode=0o700, exist_ok=True)
        return env

    def _spawn(self, argv, env, log_name=None, **kwargs):
        """Starts a child that dies with this process; output not given goes to
        logs/log_name."""
        self.log("start " + " ".join(argv))
        log = None
        if "stdout" not in kwargs or "stderr" not in kwargs:
            log = open(os.path.join(self.logs, log_name), "w")
            kwargs.setdefault("stdout", log)
            kwargs.setdefault("stderr", log)
        try:
            process = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                       preexec_fn=_die_with_parent, **kwargs)
        finally:
            if log:
                log.close()  # the child has its own copy
        self._children.append(process)
        return process

    def start(self, timeout=20):
        for program in ("Xvfb", "dbus-daemon", "dbus-send", AT_SPI_BUS_LAUNCHER):
            _require_program(program)
        env = self._base_env()

        # Xvfb picks a free display itself and writes its number once it accepts clients.
        read_end, write_end = os.pipe()
        self._spawn(["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-noreset",
                     "-screen", "0", self.screen], env, "xvfb.log", pass_fds=(write_end,))
        os.close(write_end)
        display = _read_line(read_end, timeout, "Xvfb did not report its display number")
        os.close(read_end)
        env["DISPLAY"] = ":" + display

        # A private session bus, printed on stdout once it listens.
        bus = self._spawn(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                           "--address=unix:path=" + os.path.join(env["XDG_RUNTIME_DIR"], "bus"),
                           "--print-address=1"], env, "session-bus.log", stdout=subprocess.PIPE)
        address = _read_line(bus.stdout.fileno(), timeout, "the D-Bus session bus did not start")
        env["DBUS_SESSION_BUS_ADDRESS"] = address

        # The accessibility bus; at-spi2-registryd is activated on it when first needed.
        self._spawn([AT_SPI_BUS_LAUNCHER, "--launch-immediately"], env, "at-spi-bus.log")
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env["QT_ACCESSIBILITY"] = "1"
        env["QT_QPA_PLATFORM"] = "xcb"  # scripts/test.sh exports offscreen for the other tests
        self.env = env
        _wait(lambda: _a11y_bus_ready(env), timeout, "the accessibility bus did not start")
        self.log(f"display {env['DISPLAY']}, session bus {address}")

        # This process talks AT-SPI too: pyatspi must find the same buses.
        for key in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
            os.environ[key] = env[key]
        os.environ.pop("AT_SPI_BUS_ADDRESS", None)
        return self

    def launch(self, argv, extra_env=None, name=None, timeout=30):
        """Starts the app and waits until it is on the accessibility bus. Returns an App."""
        env = dict(self.env)
        env.update(extra_env or {})
        log_name = (name or os.path.basename(argv[0])) + f"-{len(self._apps)}"
        process = self._spawn(list(argv), env, cwd=env["HOME"],
                              stderr=subprocess.PIPE, stdout=subprocess.PIPE)
        stderr = _StreamCollector(process.stderr, os.path.join(self.logs, log_name + ".stderr.log"))
        stdout = _StreamCollector(process.stdout, os.path.join(self.logs, log_name + ".stdout.log"))
        stderr.start()
        stdout.start()
        app = App(self, process, stderr, stdout, name or os.path.basename(argv[0]))
        self._apps.append(app)
        app.wait_for_application(timeout)
        return app

    def close(self):
        if self._closed:
            return
        self._closed = True
        for app in self._apps:
            app.quit()
        # Children first (politely), then whatever carries our marker (D-Bus activated
        # services such as at-spi2-registryd are not our children).
        for process in reversed(self._children):
            if process.poll() is None:
                process.terminate()
        _end_processes(self.marker, self._children)
        for process in self._children:
            for stream in (process.stdout, process.stderr):
                if stream:
                    stream.close()
        if not self.keep_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def leftover_processes(self):
        return _processes_with_marker(self.marker)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()
        return False


def _remove_stale_dirs(age=3600):
    """Removes our temporary directories left by a run that was killed (SIGKILL leaves no
    chance to clean up): only ours (prefix, owner) and only those untouched for an hour,
    far longer than a run may take."""
    root = tempfile.gettempdir()
    for entry in os.listdir(root):
        path = os.path.join(root, entry)
        if not entry.startswith(DIR_PREFIX):
            continue
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if (os.path.isdir(path) and not os.path.islink(path) and info.st_uid == os.getuid()
                and time.time() - info.st_mtime > age):
            shutil.rmtree(path, ignore_errors=True)


def _end_processes(marker, children, grace=5.0):
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        for process in children:
            process.poll()
        pids = _processes_with_marker(marker)
        if not pids:
            return
        for pid in pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        time.sleep(0.2)
    for pid in _processes_with_marker(marker):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for process in children:
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            pass


def _read_line(fd, timeout, failure):
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DriverError(f"{failure} within {timeout} s")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 256)
            if not chunk:
                raise DriverError(f"{failure}: it exited")
            data += chunk
    return data.decode().strip()


def _a11y_bus_ready(env):
    # Ask whether our launcher owns the name yet; calling org.a11y.Bus before that would
    # make the session bus activate a second launcher.
    def call(*arguments):
        return subprocess.run(["dbus-send", "--session", "--print-reply", *arguments], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=10)
    owned = call("--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                 "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus")
    if owned.returncode != 0 or b"boolean true" not in owned.stdout:
        return False
    address = call("--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress")
    return address.returncode == 0 and b"unix:" in address.stdout


def _wait(predicate, timeout, failure, interval=0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise DriverError(f"{failure} within {timeout} s")
        time.sleep(interval)


# --- accessibility -----------------------------------------------------------------

def _atspi():
    try:
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi
        import pyatspi
    except (ImportError, ValueError) as error:
        raise MissingTool(f"pyatspi is not importable ({error}): install the Debian package "
                          f"python3-pyatspi and run with /usr/bin/python3, not {sys.executable}")
    return pyatspi, Atspi


# Roles a keyboard user can land on, for `unnamed_focusable`.
FOCUSABLE_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box",
                   "text", "entry", "password text", "spin button", "slider", "list item",
                   "page tab", "menu item", "check menu item", "radio menu item", "link",
                   "switch"}


class Node:
    """A snapshot of one accessible: role, name, states, and the live object."""

    def __init__(self, accessible, path):
        self.accessible = accessible
        self.path = path
        self.role = _safe(lambda: accessible.getRoleName(), "?")
        self.name = _safe(lambda: accessible.name, "") or ""
        states = _safe(lambda: accessible.getState().getStates(), [])
        self.states = {_safe(lambda: s.value_nick, str(s)) for s in states}
        self._present = None

    @property
    def showing(self):
        """On screen now (Qt: visible and inside the window and any scrolling view)."""
        return "showing" in self.states or "visible" in self.states

    @property
    def present(self):
        """Showing, or visible but scrolled out of view. Qt reports a control outside a
        Flickable's viewport without the showing/visible states but with its extents;
        a control with visible: false (or in a hidden page) has no extents at all."""
        if self.showing:
            return True
        if self._present is None:
            extents = _safe(lambda: self.accessible.queryComponent().getExtents(0), None)
            self._present = extents is not None and extents.width > 0 and extents.height > 0
        return self._present

    @property
    def offscreen(self):
        return not self.showing and self.present

    @property
    def focused(self):
        return "focused" in self.states

    @property
    def enabled(self):
        return "enabled" in self.states or "sensitive" in self.states

    def __repr__(self):
        return f"{self.role} {self.name!r}"


def _label(accessible):
    """How a node is named in paths: its name, else its role in parentheses."""
    return _safe(lambda: accessible.name, "") or "(" + _safe(lambda: accessible.getRoleName(), "?") + ")"


def _safe(function, default):
    try:
        return function()
    except Exception:  # a control can disappear while we read it
        return default


class App:
    """One running app on the accessibility bus."""

    def __init__(self, session, process, stderr, stdout, name):
        self.session = session
        self.process = process
        self.stderr = stderr
        self.stdout = stdout
        self.name = name
        self.pyatspi, self.Atspi = _atspi()
        self.Atspi.set_timeout(8000, 15000)
        self.application = None
        self.activations = []  # (control, how): "keyboard", or the action and why

    # -- lifetime --

    def check_running(self, step="the app"):
        code = self.process.poll()
        if code is not None:
            raise DriverError(f"{step}: the app exited with code {code}.\n"
                              + self.output_report())

    def wait_for_application(self, timeout):
        def find():
            self.check_running("starting the app")
            desktop = self.pyatspi.Registry.getDesktop(0)
            for index in range(_safe(lambda: desktop.childCount, 0)):
                app = _safe(lambda: desktop.getChildAtIndex(index), None)
                if app is None:
                    continue
                pid = _safe(lambda: app.get_process_id(), -1)
                if pid == self.process.pid:
                    return app
            return None
        self.application = _wait(find, timeout, "the app did not appear on the accessibility bus")
        # Always read names and states fresh: a cached name would hide a change.
        self.Atspi.Accessible.set_cache_mask(self.application, self.Atspi.Cache.NONE)
        return self.application

    def quit(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.stderr.join(timeout=5)
        self.stdout.join(timeout=5)

    # -- output --

    def stderr_lines(self):
        return self.stderr.snapshot()

    def problems(self):
        """QML/JS errors and warnings the app printed so far (harmless noise excluded)."""
        return classify_output(self.stderr_lines())[0]

    def output_report(self):
        lines = self.stderr_lines()
        text = "\n".join("    " + line for line in lines) if lines else "    (nothing)"
        return f"  the app's stderr so far:\n{text}"

    # -- the tree --

    def children(self, accessible):
        count = _safe(lambda: accessible.childCount, 0)
        children = []
        for index in range(count):
            child = _safe(lambda: accessible.getChildAtIndex(index), None)
            if child is not None:
                children.append(child)
        return children

    def walk(self, root=None, present_only=True, max_depth=60):
        """Every node below root (default: all the app's windows), depth first; with
        present_only, only those showing or scrolled out of view (see Node.present)."""
        roots = [root] if root is not None else self.children(self.application)
        stack = [(r, _label(r), 0) for r in reversed(roots)]
        while stack:
            accessible, path, depth = stack.pop()
            node = Node(accessible, path)
            if present_only and not node.present:
                continue
            yield node
            if depth >= max_depth:
                continue
            children = self.children(accessible)
            for child in reversed(children):
                stack.append((child, path + " > " + _label(child), depth + 1))

    def matching(self, name=None, role=None, prefix=False, root=None, present_only=True):
        """Nodes with this name (or name prefix) and role (or one of several), lazily."""
        roles = {role} if isinstance(role, str) else set(role or [])
        for node in self.walk(root, present_only):
            if roles and node.role not in roles:
                continue
            if name is not None:
                if prefix and not node.name.startswith(name):
                    continue
                if not prefix and node.name != name:
                    continue
            yield node

    def find_all(self, name=None, role=None, prefix=False, root=None, present_only=True):
        return list(self.matching(name, role, prefix, root, present_only))

    def find(self, name, role=None, prefix=False, step="", timeout=10.0, root=None):
        """Waits until a control with this name (or name prefix) and role is present
        (showing, or in a scrolling view out of sight, where the focus would reveal it)."""
        deadline = time.monotonic() + timeout
        while True:
            self.check_running(step)
            found = next(self.matching(name, role, prefix, root), None)
            if found is not None:
                return found
            if time.monotonic() > deadline:
                what = f"{role or 'control'} named {'starting with ' if prefix else ''}{name!r}"
                self.fail(step, f"no {what} within {timeout} s")
            time.sleep(0.2)

    def wait_until(self, predicate, step, what, timeout=10.0, interval=0.2):
        """Polls predicate until it returns something true; fails the step naming `what`
        (a string, or a function giving one at the time of failure)."""
        deadline = time.monotonic() + timeout
        while True:
            self.check_running(step)
            value = _safe(predicate, None)
            if value:
                return value
            if time.monotonic() > deadline:
                self.fail(step, f"{what() if callable(what) else what} did not happen within {timeout} s")
            time.sleep(interval)

    def dump_tree(self, present_only=True):
        lines = []
        roots = self.children(self.application) if self.application else []
        def visit(accessible, depth):
            node = Node(accessible, "")
            if present_only and not node.present:
                return
            flags = sorted(s for s in node.states if s in ("focused", "checked", "selected"))
            if not node.enabled:
                flags.append("disabled")
            if node.offscreen:
                flags.append("scrolled out of view")
            extra = f"  [{', '.join(flags)}]" if flags else ""
            lines.append(f"{'  ' * depth}{node.role} {node.name!r}{extra}")
            if depth < 60:
                for child in self.children(accessible):
                    visit(child, depth + 1)
        for root in roots:
            visit(root, 0)
        return "\n".join(lines)

    def fail(self, step, message):
        tree = _safe(lambda: self.dump_tree(), "(the tree could not be read)")
        path = os.path.join(self.session.logs, "tree-on-failure.txt")
        _safe(lambda: open(path, "w").write(tree + "\n"), None)
        raise DriverError(f"step '{step}': {message}\n"
                          f"  the accessible tree, controls with visible: false left out (role 'name' [states]):\n"
                          + "\n".join("    " + line for line in tree.splitlines())
                          + "\n" + self.output_report())

    def focusable_controls(self, root=None):
        """Present controls of the roles a keyboard user lands on (FOCUSABLE_ROLES)."""
        return [node for node in self.walk(root) if node.role in FOCUSABLE_ROLES]

    def unnamed_focusable(self, root=None):
        """Present controls a keyboard user can reach that have no accessible name."""
        return [node for node in self.focusable_controls(root) if not node.name.strip()]

    # -- reading --

    def text_of(self, node):
        """A field's text (its Text interface), else its accessible name. Qt 6.4 gives a
        Label's Text interface no characters: a label's text is its name, which is also
        all a screen reader says (Accessible.name, when set, replaces the visible text)."""
        accessible = node.accessible if isinstance(node, Node) else node
        text = _safe(lambda: accessible.queryText(), None)
        if text is not None:
            count = _safe(lambda: text.characterCount, 0)
            if count > 0:
                value = _safe(lambda: text.getText(0, count), None)
                if value:
                    return value
        return _safe(lambda: accessible.name, "") or ""

    def focused_node(self):
        for node in self.walk():
            if node.focused:
                return node
        return None

    def point_into(self, node):
        """Moves the mouse pointer into a window. With no window manager, X sends key
        events to the window under the pointer unless the app set the focus itself."""
        extents = _safe(lambda: node.accessible.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS), None)
        if extents is None or extents.width <= 0:
            return
        self.pyatspi.Registry.generateMouseEvent(extents.x + 2, extents.y + 2, "abs")

    # -- keyboard --

    def press(self, keysym_name):
        """Presses and releases one key (an X keysym name: 'space', 'Return', 'Down')."""
        keysym = _keysym(keysym_name)
        self.pyatspi.Registry.generateKeyboardEvent(keysym, None, self.pyatspi.KEY_SYM)
        time.sleep(0.05)

    def press_with(self, modifiers, keysym_name):
        """A key with modifiers held, e.g. press_with(['Control_L'], 'a')."""
        codes = [_MODIFIER_KEYCODES[m] for m in modifiers]
        for code in codes:
            self.pyatspi.Registry.generateKeyboardEvent(code, None, self.pyatspi.KEY_PRESS)
        time.sleep(0.05)
        self.press(keysym_name)
        for code in reversed(codes):
            self.pyatspi.Registry.generateKeyboardEvent(code, None, self.pyatspi.KEY_RELEASE)
        time.sleep(0.05)

    def type_string(self, text):
        """Types text into whatever has the focus, one X key event per character (the
        registry picks the key and Shift for each keysym)."""
        for char in text:
            code = ord(char)
            keysym = code if code < 0x100 else 0x1000000 + code  # X11's Unicode keysyms
            self.pyatspi.Registry.generateKeyboardEvent(keysym, None, self.pyatspi.KEY_SYM)
            time.sleep(0.02)

    def focus(self, node, step, timeout=5.0):
        """Moves the keyboard focus to a control (AT-SPI grabFocus, which Qt turns into
        forceActiveFocus) and waits until the control reports it. Returns None when it has
        the focus, else why not."""
        component = _safe(lambda: node.accessible.queryComponent(), None)
        if component is None:
            return "it has no Component interface"
        if "focusable" not in node.states:
            return "it is not focusable"
        _safe(lambda: component.grabFocus(), False)
        deadline = time.monotonic() + timeout
        while "focused" not in Node(node.accessible, "").states:
            self.check_running(step)
            if time.monotonic() > deadline:
                return f"it did not report the focus within {timeout} s of grabFocus"
            time.sleep(0.1)
        return None

    def activate(self, node, step):
        """Presses a control the way a keyboard user does: focus, then Space. Only if the
        control cannot take the focus, falls back to its AT-SPI action ("Press", else
        the first) and records that in `activations`. Returns how it was pressed."""
        self.check_running(step)
        if not node.enabled:
            self.fail(step, f"{node} is disabled")
        why_not = self.focus(node, step)
        if why_not is None:
            self.press("space")
            how = "keyboard"
        else:
            action = _safe(lambda: node.accessible.queryAction(), None)
            count = _safe(lambda: action.nActions, 0) if action is not None else 0
            if count == 0:
                self.fail(step, f"{node} cannot be pressed: no keyboard focus ({why_not}) "
                                "and no AT-SPI action")
            names = [action.getName(i) for i in range(count)]
            index = names.index("Press") if "Press" in names else 0
            action.doAction(index)
            how = f"AT-SPI action {names[index]!r}, because {why_not}"
        self.activations.append((repr(node), how))
        self.session.log(f"{step}: pressed {node} by {how}")
        return how

    def type_into(self, node, text, step):
        """Focuses a text field, selects what is in it (Ctrl+A) and types text over it,
        key by key; waits until the field shows exactly that text."""
        why_not = self.focus(node, step)
        if why_not is not None:
            self.fail(step, f"cannot type into {node}: no keyboard focus ({why_not})")
        self.press_with(["Control_L"], "a")
        self.type_string(text)
        self.wait_until(lambda: self.text_of(node) == text, step,
                        lambda: f"{node} showing the typed text {text!r} (it shows "
                                f"{self.text_of(node)!r})", timeout=5)


_KEYSYMS = {"space": 0x20, "Return": 0xff0d, "Tab": 0xff09, "Escape": 0xff1b,
            "Up": 0xff52, "Down": 0xff54, "Left": 0xff51, "Right": 0xff53,
            "Home": 0xff50, "End": 0xff57, "BackSpace": 0xff08, "Delete": 0xffff,
            "Control_L": 0xffe3, "Shift_L": 0xffe1, "Alt_L": 0xffe9}


def _keysym(name):
    if name in _KEYSYMS:
        return _KEYSYMS[name]
    if len(name) == 1:
        return ord(name)
    raise ValueError(f"unknown key {name!r}")


# X keycodes of the modifiers in Xvfb's default keymap (the same in the evdev and the
# xfree86 keycode sets): held down with KEY_PRESS/KEY_RELEASE, which take keycodes.
_MODIFIER_KEYCODES = {"Control_L": 37, "Shift_L": 50, "Alt_L": 64}
