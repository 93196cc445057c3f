#!/usr/bin/env python3
"""Every shipped language is complete and keeps every placeholder.

1. The committed translations/*.ts hold exactly the strings the sources mark today
   (scripts/update_translations.sh --into a temporary folder finds nothing new or gone).
2. Every message of every shipped language has a finished, non-empty translation, in every
   plural form.
3. A translation keeps each placeholder of its source (%1 to %99, %n) and adds none.
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "de")
AREAS = ("app", "cli", "alerts", "core", "reports", "reminders")
PLACEHOLDER = re.compile(r"%(?:L?n|[1-9][0-9]?)")


def messages(path):
    """(context, source, comment) -> list of translation texts (one per plural form), finished flag."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            key = (name, m.findtext("source"), m.findtext("comment") or "")
            out[key] = (forms, tr.get("type"))
    return out


def placeholders(text):
    found = PLACEHOLDER.findall(text)
    return sorted(set("%n" if p in ("%n", "%Ln") else p for p in found))


def main():
    problems = []
    with tempfile.TemporaryDirectory() as fresh:
        subprocess.run([str(ROOT / "scripts/update_translations.sh"), "--into", fresh], check=True)
        for area in AREAS:
            for code in LANGUAGES:
                name = f"{area}_{code}.ts"
                committed = ROOT / "translations" / name
                if not committed.exists():
                    problems.append(f"{name}: missing (run scripts/update_translations.sh)")
                    continue
                have, want = messages(committed), messages(Path(fresh) / name)
                for key in sorted(set(want) - set(have)):
                    problems.append(f"{name}: new source string not in the file yet: [{key[0]}] {key[1]!r}")
                for key in sorted(set(have) - set(want)):
                    problems.append(f"{name}: string no longer in the sources: [{key[0]}] {key[1]!r}")
                for key, (forms, kind) in sorted(have.items()):
                    where = f"{name}: [{key[0]}] {key[1]!r}"
                    if kind in ("unfinished", "vanished", "obsolete"):
                        problems.append(f"{where}: translation {kind}")
                        continue
                    if not forms or any(not f.strip() for f in forms):
                        problems.append(f"{where}: empty translation")
                        continue
                    wanted = placeholders(key[1])
                    for form in forms:
                        got = placeholders(form)
                        if got != wanted:
                            problems.append(f"{where}: placeholders {wanted} in the source, {got} in {form!r}")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s) in {len(AREAS) * len(LANGUAGES)} files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
