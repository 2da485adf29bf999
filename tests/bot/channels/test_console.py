"""The console chat as a real process: piped input, and a crash in the middle of a reflection."""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.channels.console import ConsoleChat, parse_line, render, save_files
from bot.clock import FakeClock
from bot.conversation import Answer, Attachment, Block, Button, Command, Menu, Outgoing, Pressed, Text, Who
from bot.wiring import App
from storage import StudentKey

ANSWERS = [
    ("/reflecteren", "Waar wil je op terugkijken?"),
    ("1", "Waar was het?"),
    ("Garage Jansen", "Wanneer was het?"),
    ("gisteren", "klopt dat?"),
    ("ja", "alsof ik erbij was"),
    ("Ik mocht een band verwisselen en ik was trots dat het lukte", "Je was trots"),
    ("De monteur gaf me een boks", "school"),
    ("thuis als ik mijn fiets maak", "eerder"),
    ("ja toen ik mijn brommer opknapte", "vlak voordat"),
    ("dat ik het zelf kon", "woord"),
    ("handig", "opleiding"),
    ("monteur", "Wat"),
    ("Ik ga de monteur mailen of ik terug mag komen", "Wanneer doe je dat?"),
    ("morgen", "klopt dat?"),
    ("ja", "Wie kan je daarbij helpen?"),
    ("niemand", "in de weg"),
    ("dat ik het uitstel, dan doe ik het meteen na school", "dossier"),
]


def _env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "LOG_"))}
    env["DATABASE_URL"] = f"sqlite:///{db}"
    return env


def test_parse_line_maps_numbers_to_the_last_buttons() -> None:
    buttons = (Button("Stage", Answer(1, 2, 0)), Button("Meeloopdag", Answer(1, 2, 1)))
    assert parse_line("2", buttons) == Pressed(Answer(1, 2, 1))
    assert parse_line("3", buttons) == Text("3")
    assert parse_line("/Dossier@loopbaanbot extra", buttons) == Command("dossier", "extra")
    assert parse_line("   ", buttons) is None


def test_render_numbers_buttons_and_titles_blocks() -> None:
    reply = Outgoing(text="Kies:", buttons=(Button("A", Menu("x")),), blocks=(Block("Titel", ("regel",)),))
    assert render(reply) == "Kies:\nTitel\n─────\nregel\n  1. A"


def test_piped_input_runs_a_whole_reflection(tmp_path: Path) -> None:
    import subprocess

    script = "".join(f"{line}\n" for line, _ in ANSWERS) + "/dossier\n"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--user", "pijp"],
        input=script,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path / "db.sqlite3"),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    position = 0
    for _, expected in ANSWERS:
        found = done.stdout.find(expected, position)
        assert found >= 0, f"{expected!r} missing after position {position}"
        position = found
    assert "Kernwoord: handig" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


class Console:
    """A `loopbaanbot chat` process driven line by line."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.output = ""

    @classmethod
    async def start(cls, cwd: Path, db: Path) -> Console:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "chat", "--user", "crash",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, cwd=cwd, env=_env(db),
        )  # fmt: skip
        return cls(process)

    async def expect(self, text: str, within: float = 20.0) -> None:
        assert self.process.stdout is not None
        async with asyncio.timeout(within):
            while text not in self.output:
                chunk = await self.process.stdout.read(4096)
                assert chunk, f"process ended before {text!r}:\n{self.output}"
                self.output += chunk.decode()
        self.output = self.output[self.output.index(text) + len(text) :]

    async def send(self, line: str, then: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{line}\n".encode())
        await self.process.stdin.drain()
        await self.expect(then)


def _saved_answers(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT state FROM sessions ORDER BY id DESC LIMIT 1").fetchone()
    return dict(json.loads(row[0])["answers"])


async def test_killed_mid_reflection_then_restarted_resumes_with_nothing_lost(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    first = await Console.start(tmp_path, db)
    await first.expect("Wat wil je doen?")
    cut = 9
    for line, then in ANSWERS[:cut]:
        await first.send(line, then)
    first.process.send_signal(signal.SIGKILL)
    await first.process.wait()
    assert first.process.returncode == -signal.SIGKILL

    saved = _saved_answers(db)
    assert saved["waar"] == "Garage Jansen"
    assert saved["verdiepen"] == "ja toen ik mijn brommer opknapte", (
        "the last answer before the kill is stored"
    )

    second = await Console.start(tmp_path, db)
    await second.expect("We waren gebleven bij deze vraag:")
    await second.expect("vlak voordat")
    for line, then in ANSWERS[cut:]:
        await second.send(line, then)
    assert second.process.stdin is not None
    second.process.stdin.close()
    assert await second.process.wait() == 0

    final = _saved_answers(db)
    for node in ("waar", "klein_verhaal", "moment", "verbreden", "verdiepen", "kernwoord", "stap_wat"):
        assert final[node], f"{node} lost"
    with sqlite3.connect(db) as conn:
        kernwoord, gedaan = conn.execute("SELECT kernwoord, gedaan FROM entries").fetchone()
        [(what, due)] = conn.execute("SELECT what, due FROM next_steps").fetchall()
    assert kernwoord == "handig"
    assert "band verwisselen" in gedaan and "boks" in gedaan
    assert what == "Ik ga de monteur mailen of ik terug mag komen" and due is not None


class _ClockedInput(io.StringIO):
    """Piped lines; before a marked line is read, the clock jumps (time passes between messages)."""

    def __init__(self, lines: list[str | datetime], clock: FakeClock) -> None:
        self._lines = lines
        self._clock = clock
        super().__init__()

    def readline(self, size: int | None = -1) -> str:
        while self._lines:
            item = self._lines.pop(0)
            if isinstance(item, datetime):
                self._clock.set(item)
                continue
            return item + "\n"
        return ""


async def _console(app: App, lines: list[str | datetime], clock: FakeClock) -> str:
    out = io.StringIO()
    who = Who(StudentKey("console", "sam"), language_hint="nl")
    chat = ConsoleChat(
        app.conversations, who, stdin=_ClockedInput(lines, clock), stdout=out, follow_ups=app.dispatcher
    )
    app.attach(who.key.channel, chat)
    await chat.run()
    return out.getvalue()


async def test_a_due_follow_up_appears_when_the_student_next_writes(
    make_app: Callable[..., App], clock: FakeClock
) -> None:
    app = make_app()
    await _console(app, [line for line, _ in ANSWERS[:13]] + ["vrijdag", "ja", "niemand", "later"], clock)
    friday = datetime(2026, 11, 27, 9, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    output = await _console(app, [friday, "hoi", "1", "1"], clock)
    _, _, after = output.partition("Even een korte vraag")
    assert after, output
    assert "Is het gelukt?" in after
    assert "Er loopt nu geen gesprek" not in output, "'hoi' was typed before the question: not an answer"
    assert "Wat je net typte, heb ik niet gelezen" in after, "and the student is told so"
    assert "Zullen we even terugkijken" in after
    assert "Ik ga de monteur" in after.partition("Zullen we even terugkijken")[2], (
        "the step is looked back on"
    )


async def test_a_follow_up_waiting_when_the_console_opens_comes_first(
    make_app: Callable[..., App], clock: FakeClock
) -> None:
    app = make_app()
    await _console(app, [line for line, _ in ANSWERS[:13]] + ["vrijdag", "ja", "niemand", "later"], clock)
    clock.set(datetime(2026, 11, 27, 9, 30, tzinfo=ZoneInfo("Europe/Amsterdam")))
    output = await _console(app, ["3", "geen tijd gehad door toetsen"], clock)
    assert output.index("Is het gelukt?") < output.index("Wat zat er in de weg?")
    assert "Welkom terug" not in output


def test_files_go_to_a_folder_of_ones_own_whatever_the_user_name(tmp_path: Path) -> None:
    reply = Outgoing(
        text="Je gegevens", attachments=(Attachment("../../mijngegevens.json", b"{}", "application/json"),)
    )
    saved = {
        name: save_files(reply, tmp_path, StudentKey("console", name))
        for name in ("..", "a/sam", "b/sam", "sam")
    }
    paths = [path for files in saved.values() for path in files]
    assert len(set(paths)) == 4, "nobody shares a folder"
    for path in paths:
        assert path.resolve().is_relative_to(tmp_path.resolve()) and path.parent.parent == tmp_path
        assert path.name == "mijngegevens.json" and path.read_bytes() == b"{}"
    assert saved["sam"] == [tmp_path / "sam" / "mijngegevens.json"], "a plain name stays readable"


def test_saved_files_are_for_the_owner_only(tmp_path: Path) -> None:
    reply = Outgoing(attachments=(Attachment("mijn-gegevens.json", b"{}", "application/json"),))
    old_copy = tmp_path / "exports" / "sam" / "mijn-gegevens.json"
    previous = os.umask(0o022)
    try:
        [path] = save_files(reply, tmp_path / "exports", StudentKey("console", "noor"))
        old_copy.parent.mkdir()
        old_copy.write_bytes(b"[]")
        old_copy.chmod(0o644)
        save_files(reply, tmp_path / "exports", StudentKey("console", "sam"))
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o600 and path.parent.stat().st_mode & 0o777 == 0o700
    assert old_copy.stat().st_mode & 0o777 == 0o600 and old_copy.read_bytes() == b"{}"


async def test_deleting_everything_also_removes_the_exports_made_in_the_console(
    make_app: Callable[..., App], clock: FakeClock, tmp_path: Path
) -> None:
    app = make_app()
    exports = tmp_path / "exports"

    async def chat(lines: list[str]) -> str:
        out = io.StringIO()
        who = Who(StudentKey("console", "sam"), language_hint="nl")
        console = ConsoleChat(
            app.conversations, who, stdin=_ClockedInput(list(lines), clock), stdout=out, files_dir=exports
        )
        await console.run()
        return out.getvalue()

    await chat(["/reflecteren", "1", "Garage Jansen", "/mijngegevens"])
    files = sorted((exports / "sam").iterdir())
    assert [p.suffix for p in files] == [".html", ".json"]
    assert "Garage Jansen" in files[1].read_text(encoding="utf-8")
    await chat(["/verwijderen", "1"])
    assert not (exports / "sam").exists(), "the copies of the deleted data are gone too"
    await chat(["/mijngegevens"])  # a new start: a copy of the (empty) new record
    assert "Garage Jansen" not in files[1].read_text(encoding="utf-8")


def test_deleting_removes_only_the_files_the_bot_saved(tmp_path: Path) -> None:
    from bot.channels.console import remove_files

    juf = StudentKey("console", "juf")
    home = tmp_path / "juf"  # EXPORT_DIR pointed at a folder with people's own files in it
    home.mkdir()
    (home / "thesis.docx").write_bytes(b"mine")
    (home / "notes").mkdir()
    reply = Outgoing(
        attachments=(
            Attachment("mijn-gegevens.json", b"{}", "application/json"),
            Attachment("weekoverzicht-2026-W48.html", b"<p>", "text/html"),
        )
    )
    save_files(reply, tmp_path, juf)
    assert remove_files(tmp_path, juf) == 2
    assert sorted(p.name for p in home.iterdir()) == ["notes", "thesis.docx"]
    only_ours = StudentKey("console", "sam")
    save_files(reply, tmp_path, only_ours)
    assert remove_files(tmp_path, only_ours) == 2
    assert not (tmp_path / "sam").exists(), "a folder left empty goes too"
    assert remove_files(tmp_path, StudentKey("console", "nobody")) == 0
