"""The school's list of places as a CSV file, the kind kept in Excel: read (every problem per line, in words)
and written (Excel opens it with its accents and columns right).

Excel in Dutch saves "CSV (gescheiden door lijstscheidingsteken)" with semicolons in Windows-1252, and
"CSV UTF-8" with a byte order mark; both are read, as are commas and tabs. The first line names the
columns (Dutch or English, in any order); only `naam` is required.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from storage import Place, PlaceDraft

from ._fields import FIELDS, Problem, check_place
from ._words import fold

__all__ = [
    "COLUMN_NAMES",
    "MAX_ROWS",
    "CsvProblem",
    "ParsedCsv",
    "parse_csv",
    "write_csv",
]

MAX_ROWS = 2000
# Each field's column as written in an exported file, and the other names a school's file may use.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("naam", "name", "bedrijf", "organisatie", "plek"),
    "sector": ("sector", "branche", "richting"),
    "location": ("plaats", "waar", "adres", "woonplaats", "location", "place"),
    "activities": ("wat kun je er doen", "wat", "activiteiten", "wat doe je er", "activities", "what"),
    "signup": ("aanmelden", "hoe meld je je aan", "aanmelding", "sign up", "signup", "how to sign up"),
    "contact_name": ("contactpersoon", "naam contactpersoon", "contact person"),
    "contact_reach": (
        "contact",
        "contactgegevens",
        "telefoon of e-mail",
        "telefoon",
        "e-mail",
        "email",
        "bereikbaar",
        "phone or e-mail",
    ),
    "keywords": ("trefwoorden", "kernwoorden", "zoekwoorden", "keywords", "key words"),
    "active": ("actief", "active"),
}
_LOOKUP = {fold(name): key for key, names in COLUMN_NAMES.items() for name in names}
# A cell Excel would run as a formula when the file is opened: written with a quote in front.
_FORMULA = ("=", "+", "-", "@")


@dataclass(frozen=True, slots=True)
class CsvProblem:
    """A problem on one line of the file (0: the file as a whole), in one column if it is about one."""

    line: int
    key: str
    params: Mapping[str, str] = field(default_factory=dict)
    column: str = ""


@dataclass(slots=True)
class ParsedCsv:
    """What a file holds: the places by line, the problems, and columns that were left out."""

    rows: list[tuple[int, PlaceDraft]] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)
    skipped_columns: list[str] = field(default_factory=list)
    # The fields the file has a column for: an existing place keeps what the file does not mention.
    columns: frozenset[str] = frozenset()

    @property
    def ok(self) -> bool:
        """Whether the whole file can be imported (nothing is imported otherwise)."""
        return not self.problems


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel's own "CSV" on Windows; every byte means something in Latin-1 as a last resort.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {mark: first.count(mark) for mark in (";", "\t", ",")}
    best = max(counts, key=lambda mark: counts[mark])
    return best if counts[best] else ";"


def _header_key(cell: str) -> str:
    return " ".join(fold(cell).replace("?", " ").replace(":", " ").replace("_", " ").split())


def _unguarded(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in _FORMULA else cell


def parse_csv(data: bytes) -> ParsedCsv:
    """Read a file of places; every problem, per line, so a school can fix the file in one go."""
    parsed = ParsedCsv()
    text = _decode(data)
    # strict: a quote that is never closed is a problem on its line, not a cell that swallows the rest.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    header: list[str | None] | None = None
    labels: list[str] = []
    names: dict[str, int] = {}
    line_end = 0
    try:
        for cells in reader:
            line, line_end = line_end + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header, labels = _read_header(cells, line, parsed)
                if header is None:
                    return parsed
                parsed.columns = frozenset(key for key in header if key is not None)
                continue
            if len(parsed.rows) + 1 > MAX_ROWS:
                parsed.problems.append(CsvProblem(line, "places.csv.too_many", {"max": str(MAX_ROWS)}))
                return parsed
            _read_row(cells, line, header, labels, names, parsed)
    except csv.Error:
        parsed.problems.append(CsvProblem(line_end + 1, "places.csv.unreadable"))
    if header is None:
        parsed.problems.append(CsvProblem(0, "places.csv.empty"))
    return parsed


def _read_header(cells: list[str], line: int, parsed: ParsedCsv) -> tuple[list[str | None] | None, list[str]]:
    header: list[str | None] = []
    labels = [" ".join(cell.split()) for cell in cells]
    for cell, label in zip(cells, labels, strict=True):
        key = _LOOKUP.get(_header_key(cell))
        if key is not None and key in header:
            parsed.problems.append(CsvProblem(line, "places.csv.column_twice", {"kolom": label}))
        if key is None and label:
            parsed.skipped_columns.append(label)
        header.append(key)
    if "name" not in header:
        parsed.problems.append(CsvProblem(line, "places.csv.no_name_column", {"kolommen": ", ".join(labels)}))
        return None, labels
    return header, labels


def _read_row(
    cells: list[str],
    line: int,
    header: Sequence[str | None],
    labels: Sequence[str],
    names: dict[str, int],
    parsed: ParsedCsv,
) -> None:
    extra = [cell for cell in cells[len(header) :] if cell.strip()]
    if extra:
        params = {"cellen": str(len(cells)), "kolommen": str(len(header))}
        parsed.problems.append(CsvProblem(line, "places.csv.too_many_cells", params))
        return
    values: dict[str, str] = {}
    for key, cell in zip(header, cells, strict=False):
        if key is not None:
            values[key] = _unguarded(cell)
    draft, problems = check_place(values)
    for problem in problems:
        parsed.problems.append(_on_line(problem, line, header, labels))
    if draft is None:
        return
    earlier = names.get(fold(draft.name))
    if earlier is not None:
        params = {"naam": draft.name, "regel": str(earlier)}
        parsed.problems.append(CsvProblem(line, "places.csv.name_twice", params))
        return
    names[fold(draft.name)] = line
    parsed.rows.append((line, draft))


def _on_line(problem: Problem, line: int, header: Sequence[str | None], labels: Sequence[str]) -> CsvProblem:
    column = next((labels[i] for i, key in enumerate(header) if key == problem.field), "")
    return CsvProblem(line, problem.key, problem.params, column)


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def write_csv(places: Iterable[Place]) -> bytes:
    """Every place as a CSV file Excel opens as it is (UTF-8 with a byte order mark, semicolons)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([COLUMN_NAMES[key][0] for key in FIELDS])
    for place in places:
        values = {**place.fields(), "active": "ja" if place.active else "nee"}
        writer.writerow([_cell(str(values[key])) for key in FIELDS])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
