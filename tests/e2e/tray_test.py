#!/usr/bin/python3
"""The reminder service's tray icon as a desktop panel sees it.

Xvfb, a private session bus, and a stand-in for the panel: a StatusNotifierWatcher (the
protocol KDE, GNOME's AppIndicator extension and Xfce speak). relief-reminders must
register its icon there; the icon's tooltip must say what is due; the "Taken" item of its
menu (com.canonical.dbusmenu), clicked as a panel clicks it, must log the dose.

  tray_test.py --cli RELIEF --reminders RELIEF_REMINDERS
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"
MENU = "com.canonical.dbusmenu"
PROPS = "org.freedesktop.DBus.Properties"


class Watcher(dbus.service.Object):
    def __init__(self, bus):
        super().__init__(bus, "/StatusNotifierWatcher")
        self.items = []

    @dbus.service.method(WATCHER, in_signature="s", out_signature="", sender_keyword="sender")
    def RegisterStatusNotifierItem(self, service, sender=None):
        self.items.append((str(service), str(sender)))

    @dbus.service.method(WATCHER, in_signature="s", out_signature="")
    def RegisterStatusNotifierHost(self, service):
        pass

    # Qt reads the properties through QDBusInterface, which knows only what introspection
    # declares; python-dbus declares no properties by itself.
    @dbus.service.method("org.freedesktop.DBus.Introspectable", in_signature="", out_signature="s")
    def Introspect(self):
        return f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node><interface name="{WATCHER}">
  <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
  <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
  <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
  <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
  <property name="ProtocolVersion" type="i" access="read"/>
</interface>
<interface name="{PROPS}">
  <method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
  <method name="GetAll"><arg type="s" direction="in"/><arg type="a{{sv}}" direction="out"/></method>
</interface></node>"""

    @dbus.service.method(PROPS, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        return self.GetAll(interface)[name]

    @dbus.service.method(PROPS, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return {"IsStatusNotifierHostRegistered": dbus.Boolean(True), "ProtocolVersion": dbus.Int32(0),
                "RegisteredStatusNotifierItems": dbus.Array([s for s, _ in self.items], signature="s")}


def fail(message, service=None):
    print("FAIL: " + message, file=sys.stderr)
    if service is not None:
        service.kill()
        print(service.communicate()[1].decode(errors="replace"), file=sys.stderr)
    sys.exit(1)


def spin_until(done, seconds):
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        if done():
            return True
        time.sleep(0.05)
    return done()


def menu_items(layout):
    """(id, label) of every item of a GetLayout answer, depth first."""
    item_id, props, children = layout
    out = [(int(item_id), str(props.get("label", "")))]
    for child in children:
        out += menu_items(child)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--reminders", required=True)
    args = parser.parse_args()
    for tool in ("Xvfb", "dbus-daemon"):
        if not shutil.which(tool):
            fail(f"{tool} is missing (scripts/bootstrap.sh installs it)")

    work = tempfile.mkdtemp(prefix="relief-tray-")
    processes = []
    try:
        # Xvfb picks a free display itself and writes its number once it accepts clients.
        read_end, write_end = os.pipe()
        processes.append(subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "800x600x24",
                                           "-nolisten", "tcp"], pass_fds=(write_end,),
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        os.close(write_end)
        with os.fdopen(read_end) as numbers:
            display = ":" + numbers.readline().strip()
        if display == ":":
            fail("Xvfb did not start")
        config = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support", "private_bus.conf")
        bus_daemon = subprocess.Popen(["dbus-daemon", "--config-file", config, "--nofork", "--print-address=1"],
                                      stdout=subprocess.PIPE)
        processes.append(bus_daemon)
        address = bus_daemon.stdout.readline().decode().strip()

        dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
        bus = dbus.bus.BusConnection(address)
        bus.request_name(WATCHER)
        watcher = Watcher(bus)

        journal = os.path.join(work, "journal.db")
        env = dict(os.environ, HOME=work, TZ="Europe/Berlin", XDG_CONFIG_HOME=os.path.join(work, "config"))
        cli = [args.cli, "--journal", journal]
        for words in (["--today", "2026-12-01", "init", "--zone", "Europe/Berlin"],
                      ["--today", "2026-12-01", "med", "add", "Flexeril", "--dose", "5mg", "--times", "08:00,20:00"],
                      ["settings", "set", "reminders.enabled", "yes"]):
            subprocess.run(cli + words, env=env, check=True, stdout=subprocess.DEVNULL)
        clock = os.path.join(work, "clock")
        with open(clock, "w") as f:
            f.write("2026-12-03T07:02:00Z\n")  # 08:02 in Berlin: the 08:00 dose is due

        service_env = dict(env, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="xcb")
        service_env.pop("WAYLAND_DISPLAY", None)
        service = subprocess.Popen([args.reminders, "--journal", journal, "--zone", "Europe/Berlin",
                                    "--clock-file", clock], env=service_env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        processes.append(service)
        if not spin_until(lambda: watcher.items, 20):
            fail("the service registered no tray icon with the StatusNotifierWatcher", service)
        item_name, sender = watcher.items[0]
        owner = item_name if not item_name.startswith("/") else sender
        item = bus.get_object(owner, "/StatusNotifierItem")

        tooltip = item.Get(ITEM, "ToolTip", dbus_interface=PROPS)
        tip = " ".join(str(part) for part in (tooltip[2], tooltip[3]))
        if "Due now: Flexeril 5 mg (08:00)" not in tip or "Next: 20:00 today: Flexeril 5 mg" not in tip:
            fail(f"tooltip says {tip!r}", service)

        menu = bus.get_object(owner, item.Get(ITEM, "Menu", dbus_interface=PROPS))
        _, layout = menu.GetLayout(0, -1, dbus.Array([], signature="s"), dbus_interface=MENU)
        items = menu_items(layout)
        taken = [i for i, label in items if label.replace("&", "") == "Taken: Flexeril 5 mg (08:00)"]
        if not taken:
            fail(f"no 'Taken' item in the tray menu: {items}", service)
        menu.Event(taken[0], "clicked", dbus.Int32(0, variant_level=1), dbus.UInt32(0), dbus_interface=MENU)

        def logged():
            day = subprocess.run(cli + ["--today", "2026-12-03T08:03", "day", "2026-12-03"], env=env,
                                 capture_output=True, text=True).stdout
            return any("08:00" in line and "taken" in line for line in day.splitlines())
        if not spin_until(logged, 15):
            fail("the dose taken from the tray menu did not reach the journal", service)
        print("tray: icon registered, tooltip and menu right, Taken from the menu logged")
    finally:
        for p in reversed(processes):
            p.kill()
            p.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
