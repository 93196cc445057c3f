#!/usr/bin/python3
"""End to end: Relief Journal in a real X window (Xvfb), used through its accessibility
tree the way a keyboard or screen-reader user does, checked with the `relief` CLI.

    /usr/bin/python3 tests/e2e/test_app_window.py --app build/qml/relief-journal \
        --cli build/cli/relief [--verbose] [--artifacts DIR]

Needs the Debian packages xvfb, dbus, at-spi2-core and python3-pyatspi (see
scripts/bootstrap.sh), and the system Python. Every step runs even when an earlier one
failed (unless the app is gone); the exit code is 0 only if every step passed. Fails,
never skips, when something it needs is missing.
"""

import argparse
import datetime
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import traceback
import zoneinfo

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_driver  # noqa: E402
from atspi_driver import DriverError  # noqa: E402

PAGES = ["Today", "Trends", "Medications", "Alerts", "Visit report", "Profile & settings"]


class Scenario:
    def __init__(self, args, session):
        self.args = args
        self.session = session
        self.app = None
        self.journals = os.path.join(session.dir, "journals")
        self.exports = os.path.join(session.dir, "exports")
        os.makedirs(self.journals, mode=0o700)
        os.makedirs(self.exports, mode=0o700)
        self.journal = os.path.join(self.journals, "first.db")
        self.second = os.path.join(self.journals, "second.db")
        self.audit = {}  # where -> (focusable controls checked, the unnamed ones)
        self.step_starts = []  # (number of stderr lines when the step began, step)

    # -- the CLI --

    def relief(self, journal, *arguments, step, stdin=None):
        command = [self.args.cli, "--journal", journal, *arguments]
        result = subprocess.run(command, env=self.session.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, timeout=30, input=stdin)
        if result.returncode != 0:
            raise DriverError(f"step '{step}': {' '.join(command)} exited with "
                              f"{result.returncode}:\n{result.stdout}{result.stderr}")
        return result.stdout

    def wait_for_day(self, pattern, step, what, timeout=5.0):
        """Polls `relief day` until its output matches pattern."""
        deadline = time.monotonic() + timeout
        while True:
            day = self.relief(self.journal, "day", step=step)
            if re.search(pattern, day, re.MULTILINE):
                return day
            if time.monotonic() > deadline:
                raise DriverError(f"step '{step}': {what}: `relief day` does not show it after "
                                  f"{timeout} s. It shows:\n"
                                  + "\n".join("    " + l for l in day.splitlines())
                                  + "\n" + self.app.output_report())
            time.sleep(0.25)

    # -- setup --

    def create_journals(self):
        step = "create the journals with the CLI"
        # The journal's day, not this machine's: the app and `relief day` use the journal's zone.
        today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Berlin")).date()
        yesterday = (today - datetime.timedelta(days=1)).isoformat()
        self.relief(self.journal, "init", "--zone", "Europe/Berlin", step=step)
        self.relief(self.journal, "med", "add", "Flexeril", "--dose", "5mg",
                    "--times", "08:00,14:00,20:00", "--start", yesterday, step=step)
        self.relief(self.second, "init", "--zone", "Europe/Berlin", step=step)
        self.relief(self.second, "med", "add", "baclofen", "--dose", "10mg",
                    "--times", "09:00,21:00", "--start", yesterday, step=step)

    def start_app(self):
        step = "start the app"
        self.app = self.session.launch([self.args.app, self.journal], name="relief-journal")
        window = self.app.find("Relief Journal", "frame", step=step, timeout=30)
        self.app.point_into(window)
        self.app.find("Pages", "page tab list", step=step)
        self.app.find("Journal file " + self.journal, "label", step=step)

    # -- navigation --

    def show_page(self, title, step):
        """Opens a page through the navigation list with the keyboard: focus the list, Up
        to its top, Down to the page, Space. Returns once the page's entry is selected."""
        app = self.app
        pages = app.find("Pages", "page tab list", step=step)
        why_not = app.focus(pages, step)
        if why_not is not None:
            app.fail(step, f"the navigation list {pages} does not take the keyboard focus: {why_not}")
        for _ in PAGES:
            app.press("Up")
        for _ in range(PAGES.index(title)):
            app.press("Down")
        app.press("space")
        app.activations.append((f"page tab {title!r} (Up/Down in the list, then Space)", "keyboard"))
        self.wait_for_page(pages, title, step, f"the page tab {title!r} becoming the selected page")

    def wait_for_page(self, pages, title, step, what):
        """Waits until the navigation list marks `title` as the selected page."""
        app = self.app

        def selected():
            for node in app.find_all(title, ("page tab", "list item"), prefix=True, root=pages.accessible):
                if "selected" in node.states:
                    return node
            return None
        app.wait_until(selected, step, what)

    # -- steps --

    def step_log_pain(self):
        step = "1. log pain 6 on the Today page"
        app = self.app
        six = app.find("Pain 6", "push button", prefix=True, step=step)
        app.activate(six, step)
        app.wait_until(lambda: "checked" in app.find("Pain 6", "push button", prefix=True, step=step).states,
                       step, "the pain score 6 being chosen (checked)")
        log = app.find("Log pain 6", "push button", step=step)
        app.activate(log, step)
        self.wait_for_day(r"^\s+\d\d:\d\d\s+pain 6/10\b", step,
                          "pressing 'Log pain 6' should have written a pain 6 entry")

    def step_take_dose(self):
        step = "2. mark a scheduled Flexeril dose Taken"
        app = self.app
        taken = app.find("Taken: Flexeril at ", "push button", prefix=True, step=step)
        time_of_dose = taken.name.rsplit(" ", 1)[-1]
        app.activate(taken, step)
        # Before the dose's time (the test may run at any hour) the button asks first: a
        # second press, as a person would give it, confirms.
        deadline = time.monotonic() + 10.0
        while not app.find_all(f"Undo: Flexeril at {time_of_dose}", "push button"):
            asking = app.find_all("Press again: Flexeril is due at " + time_of_dose, "push button", prefix=True)
            if asking:
                app.activate(asking[0], step)
                app.find(f"Undo: Flexeril at {time_of_dose}", "push button", step=step)
                break
            if time.monotonic() > deadline:
                app.fail(step, f"pressing '{taken.name}' showed neither its Undo button nor a question")
            time.sleep(0.2)
        self.wait_for_day(r"dose: Flexeril 5 mg taken", step,
                          f"pressing '{taken.name}' should have written a dose entry")
        self.wait_for_day(rf"^\s+{re.escape(time_of_dose)}\s+Flexeril 5 mg\s+taken", step,
                          f"the {time_of_dose} dose should show as taken")

    def step_undo_with_ctrl_z(self):
        step = "2b. Ctrl+Z takes back the dose just logged"
        app = self.app
        app.press_with(["Control_L"], "z")
        deadline = time.monotonic() + 10
        while True:
            day = self.relief(self.journal, "day", step=step)
            if "dose: Flexeril 5 mg taken" not in day:
                break
            if time.monotonic() > deadline:
                app.fail(step, "after Ctrl+Z `relief day` still shows the dose:\n" + day)
            time.sleep(0.25)
        if not re.search(r"pain 6/10", day):
            app.fail(step, "Ctrl+Z took back more than the last entry:\n" + day)

    def step_press_action(self):
        step = "2d. a screen reader's Press action works like a click"
        app = self.app
        heat = app.find("Log heat", "push button", step=step)
        action = atspi_driver._safe(lambda: heat.accessible.queryAction(), None)
        names = [action.getName(i) for i in range(action.nActions)] if action is not None else []
        if "Press" not in names:
            app.fail(step, f"'Log heat' offers no Press action (it offers {names})")
        action.doAction(names.index("Press"))
        self.wait_for_day(r"measure: heat", step, "the Press action on 'Log heat' should have logged heat")

    def step_page_shortcuts(self):
        step = "2c. Ctrl+2 opens Trends, Ctrl+1 Today"
        app = self.app
        pages = app.find("Pages", "page tab list", step=step)
        for number, title in ((2, "Trends"), (6, "Profile & settings"), (1, "Today")):
            app.press_with(["Control_L"], str(number))
            self.wait_for_page(pages, title, step, f"Ctrl+{number} selecting the page {title!r}")

    def file_dialog(self, step, path, confirm_name):
        """Uses the app's file dialog: types path into "File name", presses confirm_name
        ("Save" or "Open"), and waits until the dialog has closed."""
        app = self.app

        def opened():
            field = next(app.matching("File name", ("text", "entry")), None)
            if field is not None:
                return self.dialog_around(field) or field
            return next(app.matching(role=("dialog", "file chooser")), None)
        dialog = app.wait_until(opened, step, "a file dialog opening")
        if dialog.role in ("dialog", "file chooser"):
            self.audit_dialog(dialog, step)
        else:
            dialog = None  # the field is not inside a dialog: search the whole window
        field = app.find("File name", ("text", "entry"), step=step + " (the dialog's file name field)",
                         root=dialog.accessible if dialog else None)
        app.type_into(field, path, step)
        confirm = app.find(confirm_name, "push button", step=f"{step} (the dialog's {confirm_name} button)",
                           root=dialog.accessible if dialog else None)
        app.activate(confirm, step)

        def closed():
            if next(app.matching("Replace", "push button"), None) is not None:
                return "replace"
            return "closed" if next(app.matching("File name", ("text", "entry")), None) is None else None
        if app.wait_until(closed, step, f"the file dialog closing after {confirm_name}", timeout=15) == "replace":
            app.fail(step, f"the dialog asks to replace {path}, which did not exist")

    def dialog_around(self, node):
        accessible = node.accessible
        while accessible is not None:
            parent = atspi_driver._safe(lambda: accessible.parent, None)
            role = atspi_driver._safe(lambda: accessible.getRoleName(), "")
            if role in ("dialog", "file chooser", "alert"):
                return atspi_driver.Node(accessible, role)
            if role in ("frame", "application"):
                return None
            accessible = parent
        return None

    def audit_dialog(self, dialog, step):
        controls = self.app.focusable_controls(dialog.accessible)
        label = f"file dialog ({'save' if 'save' in step.lower() else 'open'}: {dialog.name!r})"
        self.audit[label] = (len(controls), [f"{n.role} at {n.path}" for n in controls if not n.name.strip()])

    def step_save_pdf(self):
        step = "3. save the visit report as PDF through the file dialog"
        app = self.app
        self.show_page("Visit report", step)
        save = app.find("Save as PDF…", "push button", step=step)
        app.activate(save, step)
        target = os.path.join(self.exports, "visit-report.pdf")
        self.file_dialog(step, target, "Save")
        deadline = time.monotonic() + 15
        while not (os.path.exists(target) and os.path.getsize(target) > 4):
            if time.monotonic() > deadline:
                app.fail(step, f"{target} was not written within 15 s of pressing Save "
                               f"(files there: {sorted(os.listdir(self.exports))})")
            app.check_running(step)
            time.sleep(0.25)
        with open(target, "rb") as f:
            head = f.read(5)
        if not head.startswith(b"%PDF"):
            raise DriverError(f"step '{step}': {target} does not start with %PDF: {head!r}")
        mode = os.stat(target).st_mode & 0o777
        if mode != 0o600:
            raise DriverError(f"step '{step}': {target} has mode {mode:04o}, not 0600")

    def step_share(self):
        """Shares the open journal through the Sharing card, then another device (the CLI on
        a journal of its own) joins with the words, logs a note and syncs: the open window
        takes the change from the folder by itself (it watches the folder)."""
        step = "3b. share the journal and take another device's change"
        app = self.app
        self.show_page("Profile & settings", step)
        folder = os.path.join(self.session.dir, "Sync")
        app.type_into(app.find("Shared folder", ("text", "entry"), step=step), folder, step)
        app.type_into(app.find("This device's name", ("text", "entry"), step=step), "laptop", step)
        app.activate(app.find("Share this journal", "push button", step=step), step)
        app.find("The share's words:", "label", prefix=True, step=step + " (the words shown)", timeout=15)
        if not os.path.exists(os.path.join(folder, "relief-share.json")):
            raise DriverError(f"step '{step}': no relief-share.json in {folder} after 'Share this journal'")
        words = self.relief(self.journal, "share", "key", step=step)
        desktop = os.path.join(self.journals, "desktop.db")
        self.relief(desktop, "share", "join", folder, "--name", "desktop", step=step, stdin=words)
        self.relief(desktop, "log", "note", "written on the desktop", step=step)
        self.relief(desktop, "share", "sync", step=step)
        self.wait_for_day(r"written on the desktop", step,
                          "the window should have taken the desktop's note from the share folder",
                          timeout=20)
        app.find("Last change from desktop", "label", prefix=True,
                 step=step + " (the Sharing card's status line)", timeout=10)

    def step_open_journal(self):
        step = "4. open the second journal through 'Open another journal…'"
        app = self.app
        opener = app.find("Open another journal…", "push button", step=step)
        app.activate(opener, step)
        self.file_dialog(step, self.second, "Open")
        # The navigation bar names the open journal: its Label shows the file name and
        # tells a screen reader "Journal file PATH" (Qt 6.4 exposes only that name).
        app.find("Journal file " + self.second, "label", step=step, timeout=15)
        if app.find_all("Journal file " + self.journal, "label"):
            app.fail(step, "the navigation bar still names the first journal")
        app.find("Relief Journal", "frame", step=step + " (the window title)")
        # And the pages show the second journal's data: its baclofen doses on Today.
        self.show_page("Today", step)
        app.find("Taken: baclofen at ", "push button", prefix=True, step=step + " (the second journal's doses)")
        if app.find_all("Taken: Flexeril at ", "push button", prefix=True):
            app.fail(step, "the Today page still shows the first journal's Flexeril doses")

    def audit_pages(self):
        """Opens every page from the navigation list and counts its focusable controls and
        those without an accessible name (reported; not a failure yet)."""
        step = "audit: every page opens from the navigation list"
        app = self.app
        navigation = (0, [])
        for title in PAGES:
            self.show_page(title, step)
            time.sleep(0.5)  # a page is built the first time it is shown
            window = app.find("Relief Journal", "frame", step=step)
            checked, unnamed = 0, []
            for child in app.children(window.accessible):
                panel = atspi_driver.Node(child, window.name)
                if not panel.showing:
                    continue
                controls = app.focusable_controls(child)
                nameless = [f"{n.role} at {n.path}" for n in controls if not n.name.strip()]
                if any(n.role == "page tab list" for n in app.walk(child, max_depth=3)):
                    navigation = (len(controls), nameless)
                else:
                    checked += len(controls)
                    unnamed += nameless
            self.audit[title] = (checked, unnamed)
        self.audit["navigation bar (on every page)"] = navigation

    def problems_by_step(self):
        """The app's QML/JS errors and warnings, each with the step it was printed in."""
        found = []
        for index, line in enumerate(self.app.stderr_lines()):
            if atspi_driver.classify_output([line])[0]:
                step = "start the app"
                for start, name in self.step_starts:
                    if start <= index:
                        step = name
                found.append(f"[{step}] {line}")
        return found

    def recover(self):
        """After a failed step: close a dialog left open (Escape), so later steps can run."""
        app = self.app
        if app is None or app.process.poll() is not None:
            return
        for _ in range(3):
            if not app.find_all(role="dialog"):
                return
            app.press("Escape")
            time.sleep(0.5)


def check_prerequisites(args):
    problems = []
    for program, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus"),
                             ("dbus-send", "dbus"),
                             (atspi_driver.AT_SPI_BUS_LAUNCHER, "at-spi2-core")):
        if shutil.which(program) is None:
            problems.append(f"{program} is missing: install the Debian package {package}")
    try:
        atspi_driver._atspi()
    except DriverError as error:
        problems.append(str(error))
    for path, what in ((args.app, "--app"), (args.cli, "--cli")):
        if not os.access(path, os.X_OK):
            problems.append(f"{what} {path} is not an executable (build the project first)")
    return problems


class Timeout(Exception):
    """The whole run took longer than --timeout."""


class Stop(Exception):
    """A step that the later ones need failed (already reported)."""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="build/qml/relief-journal")
    parser.add_argument("--cli", required=True, help="build/cli/relief")
    parser.add_argument("--timeout", type=float, default=150,
                        help="seconds for the whole run (below ctest's TIMEOUT, so cleanup runs)")
    parser.add_argument("--artifacts", help="on failure, copy the logs and the tree dump here")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    args.app = os.path.abspath(args.app)
    args.cli = os.path.abspath(args.cli)

    if args.artifacts:
        shutil.rmtree(args.artifacts, ignore_errors=True)  # never leave an old run's logs
    problems = check_prerequisites(args)
    if problems:
        print("e2e_app_window: FAILED, cannot run:\n  " + "\n  ".join(problems), flush=True)
        return 1

    def on_alarm(signum, frame):
        raise Timeout(f"the whole run took longer than {args.timeout:.0f} s")

    def on_term(signum, frame):
        raise SystemExit(f"stopped by signal {signum}")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)
    signal.alarm(int(args.timeout))

    results = []  # (step, None or why it failed)
    current = {"step": "start Xvfb and the buses"}
    session = atspi_driver.Session(verbose=args.verbose)
    scenario = None
    try:
        session.start()
        scenario = Scenario(args, session)

        def run(name, function, required=False):
            current["step"] = name
            started = time.monotonic()
            scenario.step_starts.append((len(scenario.app.stderr_lines()) if scenario.app else 0, name))
            try:
                function()
            except (DriverError, subprocess.TimeoutExpired, OSError) as error:
                results.append((name, str(error)))
                print(f"FAIL  {name} ({time.monotonic() - started:.1f} s)\n{error}\n", flush=True)
                if required:
                    raise Stop(f"the later steps need '{name}'")
                atspi_driver._safe(scenario.recover, None)
                return
            results.append((name, None))
            print(f"PASS  {name} ({time.monotonic() - started:.1f} s)", flush=True)

        def no_qml_problems():
            time.sleep(0.5)  # let the last messages arrive
            found = scenario.problems_by_step()
            if found:
                raise DriverError("step '5. no QML/JS error or warning': the app printed "
                                  "(during which step):\n" + "\n".join("    " + line for line in found))

        run("create the journals with the CLI", scenario.create_journals, required=True)
        run("start the app and wait for its window", scenario.start_app, required=True)
        run("1. log pain 6 (Today)", scenario.step_log_pain)
        run("2. mark a Flexeril dose Taken (Today)", scenario.step_take_dose)
        run("2b. Ctrl+Z takes back the last entry", scenario.step_undo_with_ctrl_z)
        run("2c. Ctrl+1..6 switch pages", scenario.step_page_shortcuts)
        run("2d. a screen reader's Press action works like a click", scenario.step_press_action)
        run("audit: every page opens from the navigation list", scenario.audit_pages)
        run("3. save the visit report as PDF (file dialog)", scenario.step_save_pdf)
        run("3b. share the journal; another device's change arrives", scenario.step_share)
        run("4. open another journal (file dialog)", scenario.step_open_journal)
        run("5. the app printed no QML/JS error or warning", no_qml_problems)

        def every_control_named():
            unnamed = [f"{where}: {control}" for where, (_, controls) in scenario.audit.items() for control in controls]
            if not scenario.audit:
                raise DriverError("step '6. every control has a name': the audit did not run")
            if unnamed:
                raise DriverError("step '6. every control has a name': a screen reader cannot name:\n"
                                  + "\n".join("    " + u for u in unnamed))
        run("6. every focusable control has an accessible name", every_control_named)
    except Stop as stop:
        print(f"STOP  {stop}", flush=True)
    except (Timeout, SystemExit, KeyboardInterrupt) as error:
        results.append((current["step"], f"{type(error).__name__}: {error}"))
        print(f"FAIL  {current['step']}: the run stopped: {error}", flush=True)
    except Exception:
        results.append((current["step"], traceback.format_exc()))
        print(f"FAIL  {current['step']}: the run stopped:\n{traceback.format_exc()}", flush=True)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # let the cleanup finish
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        if scenario is not None and scenario.app is not None:
            report(scenario, results)
        failed = [name for name, failure in results if failure]
        if args.artifacts and failed:
            shutil.copytree(session.logs, args.artifacts)
            print(f"logs (the app's stderr, Xvfb, the buses) and the tree dump: {args.artifacts}")
        session.close()
    leftovers = session.leftover_processes()
    if leftovers:
        print(f"FAIL  processes left running after the test: {leftovers}")
        failed.append("teardown")
    if failed:
        print(f"\ne2e_app_window: FAILED ({len(failed)}): " + "; ".join(failed), flush=True)
        return 1
    print("\ne2e_app_window: passed", flush=True)
    return 0


def report(scenario, results):
    """What every run prints after its steps: QML problems if a step stopped the run
    before step 5, keyboard fallbacks, and the controls without an accessible name."""
    app = scenario.app
    if not any(name.startswith("5.") for name, _ in results) and app.problems():
        print("The app printed QML/JS errors or warnings before the run stopped:\n  "
              + "\n  ".join(scenario.problems_by_step()))
    fallbacks = [f"{control}: {how}" for control, how in app.activations if how != "keyboard"]
    print("\nControls pressed through an AT-SPI action instead of focus + Space: "
          + ("none" if not fallbacks else "\n  " + "\n  ".join(fallbacks)))
    print("\nFocusable controls without an accessible name (step 6 fails on any):")
    if not scenario.audit:
        print("  (the audit did not run)")
    for where, (checked, unnamed) in scenario.audit.items():
        print(f"  {where}: {len(unnamed)} of {checked} without a name")
        for control in unnamed:
            print(f"    {control}")


if __name__ == "__main__":
    sys.exit(main())
