"""Matching places to what a student said: Dutch words as students write them, sector synonyms from the
data file, at most three, ordered by fit, and nothing at all rather than a place that does not fit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.places import MAX_OFFERED, Matcher, Sectors, Signal, fold, stem, words
from storage import Place, PlaceDraft

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def _place(place_id: int, name: str, sector: str, *, activities: str = "", keywords: str = "") -> Place:
    draft = PlaceDraft.model_validate(
        {"name": name, "sector": sector, "activities": activities, "keywords": keywords}
    )
    return Place(id=place_id, created_at=NOW, updated_at=NOW, **draft.fields())


NETWORK = [
    _place(
        1,
        "Zorgcentrum De Linde",
        "Zorg",
        activities="Meelopen met een verzorgende",
        keywords="ouderen, helpen",
    ),
    _place(2, "Ziekenhuis Rijnstate", "Zorg en welzijn", activities="Een dag mee met een verpleegkundige"),
    _place(
        3, "Autobedrijf Jansen", "Techniek", activities="Een dag in de werkplaats", keywords="auto, motor"
    ),
    _place(4, "Installatiebedrijf Hoekstra", "Techniek / installatie", activities="Mee met een monteur"),
    _place(5, "Dierenkliniek Noord", "Dieren", activities="Helpen bij het verzorgen van de dieren"),
    _place(
        6, "Basisschool De Regenboog", "Onderwijs", activities="Meedraaien in groep 3", keywords="kinderen"
    ),
    _place(7, "Bakkerij Van Dam", "Horeca en bakkerij", activities="Brood en taarten bakken"),
    _place(8, "Sportschool FitFit", "Sport", activities="Meekijken met een trainer"),
    _place(9, "Transportbedrijf Smit", "Logistiek", activities="Mee in de vrachtwagen"),
    _place(10, "Kapsalon Knip", "Kapper en schoonheid"),
    _place(11, "Ontwerpbureau Lijn", "Media", activities="Logo's en websites ontwerpen", keywords="tekenen"),
]


def _names(*texts: str, weight: int = 3) -> list[str]:
    return [m.place.name for m in Matcher().match(NETWORK, [Signal(text, weight) for text in texts])]


def test_words_are_folded_and_stemmed_so_singular_and_plural_meet() -> None:
    assert fold("Café Élise") == "cafe elise"
    for one, other in [
        ("dier", "dieren"),
        ("ziekenhuis", "ziekenhuizen"),
        ("winkel", "winkeltjes"),
        ("kantoor", "kantoren"),
        ("school", "scholen"),
        ("verpleegkundige", "verpleegkundigen"),
        ("kapper", "kappers"),
        ("installatie", "installaties"),
    ]:
        assert stem(one) == stem(other), (one, other)
    assert [token for token, _ in words("Auto's repareren!")] == ["auto", "repareren"]
    assert stem("bus") == "bus" and stem("ict") == "ict", "short words are words of their own"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("iets in de zorg", ["Ziekenhuis Rijnstate", "Zorgcentrum De Linde"]),
        ("Ik wil verpleegkundige worden", ["Ziekenhuis Rijnstate", "Zorgcentrum De Linde"]),
        ("werken in een ziekenhuis", ["Ziekenhuis Rijnstate", "Zorgcentrum De Linde"]),
        ("ouderenzorg", ["Zorgcentrum De Linde", "Ziekenhuis Rijnstate"]),
        ("iets met ouderen en helpen", ["Zorgcentrum De Linde", "Ziekenhuis Rijnstate"]),
        ("auto's repareren", ["Autobedrijf Jansen", "Installatiebedrijf Hoekstra"]),
        ("automonteur", ["Autobedrijf Jansen", "Installatiebedrijf Hoekstra"]),
        ("installatietechniek", ["Autobedrijf Jansen", "Installatiebedrijf Hoekstra"]),
        ("dieren", ["Dierenkliniek Noord"]),
        ("dierenarts", ["Dierenkliniek Noord"]),
        ("iets met kinderen", ["Basisschool De Regenboog", "Ziekenhuis Rijnstate"]),
        ("Taarten versieren", ["Bakkerij Van Dam"]),
        ("sportief", ["Sportschool FitFit"]),
        ("transport", ["Transportbedrijf Smit"]),
        ("kapster", ["Kapsalon Knip"]),
        ("iets creatiefs met ontwerpen", ["Ontwerpbureau Lijn"]),
        ("TECHNIEK", ["Autobedrijf Jansen", "Installatiebedrijf Hoekstra"]),
        ("I'd like to work in a hospital", ["Ziekenhuis Rijnstate", "Zorgcentrum De Linde"]),
    ],
)
def test_what_a_student_says_finds_the_places_that_fit(said: str, expected: list[str]) -> None:
    assert _names(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "ik maak me zorgen over school",  # worrying, not care
        "zorgvuldig",  # a quality: careful
        "Ik zorgde ervoor dat iedereen meedeed",
        "automatisch",  # nothing to do with cars
        "vet leuk",  # slang, not a vet
        "ik fiets erheen",
        "ik kijk een filmpje over dit werk",
        "de website bekijken",
        "mijn mentor op school vragen",
        "haar moeder bellen",  # "haar" is her, not hair
        "ik ga op de bank zitten",
        "weet ik niet",
        "niks",
        "",
        "doorzetten",
        "samenwerken",
    ],
)
def test_what_does_not_fit_offers_nothing_at_all(said: str) -> None:
    assert _names(said) == [], "never offer a place that does not fit"


def test_never_more_than_three_and_best_first() -> None:
    many = [_place(n, f"Zorgplek {n}", "Zorg") for n in range(1, 9)]
    best = _place(20, "Verpleeghuis Avondrood", "Zorg", keywords="ouderen")
    found = Matcher().match([*many, best], [Signal("de zorg in, met ouderen", 3)])
    assert len(found) == MAX_OFFERED
    assert found[0].place.name == "Verpleeghuis Avondrood" and found[0].because == ("zorg", "ouderen")
    assert Matcher().match(many, [Signal("zorg")], limit=10) == Matcher().match(many, [Signal("zorg")])
    assert len(Matcher().fits(many, [Signal("zorg")])) == 8, "staff may see every fit"


def test_stronger_signals_weigh_more_and_places_can_be_left_out() -> None:
    signals = [Signal("Bakkerij De Zoete Inval", 1), Signal("iets met dieren", 3)]
    assert [m.place.name for m in Matcher().match(NETWORK, signals)] == [
        "Dierenkliniek Noord",
        "Bakkerij Van Dam",
    ]
    assert [m.place.name for m in Matcher().match(NETWORK, signals, skip=[5])] == ["Bakkerij Van Dam"]


def test_what_one_can_do_there_only_orders_places_that_fit_already() -> None:
    # "verpleegkundige" is in the hospital's activities: it comes first; the activities of a place in
    # another sector never make it fit ("helpen" is in the animal clinic's activities).
    assert _names("verpleegkundige")[0] == "Ziekenhuis Rijnstate"
    assert "Dierenkliniek Noord" not in _names("mensen helpen")


def test_the_sector_file_is_data_a_school_can_change(tmp_path) -> None:  # type: ignore[no-untyped-def]
    own = tmp_path / "sectors.yaml"
    own.write_text(
        "sectors:\n  uitvaart:\n    names: {nl: Uitvaart}\n    words: [uitvaart, begrafenis, crematorium]\n"
        "ignore: []\nstopwords: [iets]\n",
        encoding="utf-8",
    )
    sectors = Sectors.load(own)
    place = _place(1, "Uitvaartcentrum Rust", "Uitvaart")
    assert [m.place.name for m in Matcher(sectors).match([place], [Signal("iets met begrafenissen")])] == [
        "Uitvaartcentrum Rust"
    ]
    assert sectors.label("uitvaart", "en") == "Uitvaart"
    assert Sectors.default().label("zorg", "en") == "Care"
