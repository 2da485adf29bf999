"""The school's list of places as a CSV file from Excel: read with every problem per line in plain Dutch,
imported whole or not at all, and written so Excel opens it right."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.places import CsvProblem, import_places, parse_csv, write_csv
from bot.wiring import BOT_TEXTS
from dialogues import TextCatalog
from storage import MemoryStore, Place, PlaceDraft

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
EXCEL = (
    "Naam;Sector;Plaats;Wat kun je er doen?;Aanmelden;Contactpersoon;Contact;Trefwoorden;Actief\r\n"
    "Zorgcentrum De Linde;Zorg;Utrecht;Meelopen met een verzorgende;Mail stage@delinde.example;"
    "Mevrouw Yilmaz;06-12345678;ouderen, helpen;ja\r\n"
    'Café De Hoek;Horeca;Zeist;"Koffie zetten; tafels dekken";Bel even;;;koken;nee\r\n'
    "\r\n"
    "Autobedrijf Jansen;Techniek;;;;;'+31 30 1234567;;\r\n"
)


def _describe(problem: CsvProblem) -> str:
    texts = TextCatalog.load(sorted(BOT_TEXTS.glob("*.yaml")))
    said = texts.get(problem.key, "nl", **problem.params)
    if problem.column:
        return texts.get(
            "places.csv.line_column", "nl", regel=str(problem.line), kolom=problem.column, probleem=said
        )
    return texts.get("places.csv.line", "nl", regel=str(problem.line), probleem=said)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8"])
def test_an_excel_file_is_read_in_the_encodings_excel_saves(encoding: str) -> None:
    parsed = parse_csv(EXCEL.encode(encoding))
    assert parsed.ok and parsed.skipped_columns == []
    [(line1, linde), (line2, cafe), (line4, garage)] = parsed.rows
    assert (line1, line2, line4) == (2, 3, 5), "line numbers as Excel shows them"
    assert linde.contact_name == "Mevrouw Yilmaz" and linde.keywords == ("ouderen", "helpen") and linde.active
    assert (
        cafe.name == "Café De Hoek" and cafe.activities == "Koffie zetten; tafels dekken" and not cafe.active
    )
    assert garage.contact_reach == "+31 30 1234567" and garage.active, "empty 'actief' is yes"


def test_commas_tabs_english_headers_and_a_file_with_only_names() -> None:
    parsed = parse_csv(b"name,sector,notes\nGarage Pietersen,Auto,our best\n")
    assert parsed.ok and parsed.skipped_columns == ["notes"] and parsed.columns == {"name", "sector"}
    assert parsed.rows[0][1].sector == "Auto"
    tabbed = parse_csv(b"naam\tplaats\nKapsalon Knip\tHouten\n")
    assert tabbed.ok and tabbed.rows[0][1].location == "Houten"


def test_every_problem_is_named_per_line_and_nothing_is_kept() -> None:
    bad = (
        "naam;sector;wat kun je er doen;actief\n"
        ";Zorg;iets;ja\n"
        "Garage;Techniek;" + "x" * 700 + ";misschien\n"
        "Bakkerij Van Dam;Horeca;brood;ja\n"
        "bakkerij van dam;Horeca;taart;ja\n"
        "Kapsalon;Kapper;knippen;ja;extra;cellen\n"
    )
    parsed = parse_csv(bad.encode())
    assert not parsed.ok
    said = [_describe(p) for p in parsed.problems]
    assert said == [
        "Regel 2, kolom 'naam': De naam ontbreekt.",
        "Regel 3, kolom 'wat kun je er doen': Deze tekst is 700 tekens lang. Er passen er 600.",
        "Regel 3, kolom 'actief': 'misschien' is geen ja of nee.",
        "Regel 5: 'bakkerij van dam' staat ook op regel 4.",
        "Regel 6: Deze regel heeft 6 cellen, de eerste regel 4. Staat er een ; of , in een tekst?"
        " Zet die tekst dan tussen aanhalingstekens.",
    ]


def test_a_file_without_a_name_column_or_empty_is_refused_as_a_whole() -> None:
    [problem] = parse_csv(b"bedrijfsnaam;sector\nX;Y\n").problems
    assert _describe(problem) == (
        "Regel 1: De eerste regel moet de kolommen noemen, met in ieder geval 'naam'."
        " Ik zie: bedrijfsnaam, sector."
    )
    [empty] = parse_csv(b"\r\n\r\n").problems
    assert (empty.line, empty.key) == (0, "places.csv.empty")
    [quote] = parse_csv(b'naam;sector\nGarage;Auto\n"Open;Zorg\nKapper;Kapper\n').problems
    assert _describe(quote).startswith("Regel 3: Hier kan ik het bestand niet meer lezen.")


def test_a_place_written_out_reads_back_the_same_and_formulas_stay_text() -> None:
    place = Place(
        id=1,
        created_at=NOW,
        updated_at=NOW,
        **PlaceDraft(
            name='=HYPERLINK("x")',
            sector="Zorg",
            activities="Meelopen\nen helpen",
            contact_reach="+31 6 1234",
            keywords=("ouderen", "helpen"),
            active=False,
        ).fields(),
    )
    data = write_csv([place])
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    line = data.split(b"\r\n")[1]
    assert line.startswith(b"\"'=HYPERLINK") and b";'+31 6 1234;" in line, "Excel must not run them"
    [(_, back)] = parse_csv(data).rows
    assert back == place.draft()


async def test_importing_adds_new_names_changes_known_ones_and_keeps_what_the_file_does_not_mention() -> None:
    store = MemoryStore()
    async with store.transaction() as tx:
        linde = await tx.places.add(
            PlaceDraft(
                name="Zorgcentrum De Linde", sector="Zorg", contact_name="Mevrouw Yilmaz", active=False
            ),
            now=NOW,
        )
    parsed = parse_csv(b"naam;sector\nzorgcentrum de linde;Zorg en welzijn\nGarage Pietersen;Auto\n")
    async with store.transaction() as tx:
        report = await import_places(tx, [d for _, d in parsed.rows], columns=parsed.columns, now=NOW)
    assert (report.added, report.changed, report.unchanged) == (1, 1, 0)
    async with store.read() as view:
        places = {p.name: p for p in await view.places.listing()}
    kept = places["zorgcentrum de linde"]
    assert kept.id == linde.id and kept.sector == "Zorg en welzijn"
    assert kept.contact_name == "Mevrouw Yilmaz" and not kept.active, (
        "columns not in the file stay as they were"
    )
    async with store.transaction() as tx:
        again = await import_places(tx, [d for _, d in parsed.rows], columns=parsed.columns, now=NOW)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 2)
