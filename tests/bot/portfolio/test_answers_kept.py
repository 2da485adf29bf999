"""Each answer is kept with its question, as the portfolio shows it; non-answers are marked."""

from __future__ import annotations

from storage import Store
from tests.bot.chat import Chat

THIN_STORY = [
    "/reflecteren",
    "1",
    "Bakkerij De Zoete Inval",
    "gisteren",
    "1",
    "Ik mocht taarten versieren en ik was trots toen de klant lachte",
    "De klant zei dat de taart mooi was",
    "nee",
    "nee",
    "niks",
    "er was geen keer",
    "weet ik niet",
    "weet ik niet",
]


async def test_a_reflection_keeps_every_answer_with_its_question(sam: Chat, store: Store) -> None:
    await sam.say(*THIN_STORY)
    async with store.read() as view:
        student = await view.students.find(sam.who.key)
        assert student is not None
        [item] = (await view.dossier.dossier(student.id)).experiences
    kept = [(a.question, a.field, a.answer, a.empty) for a in item.answers]
    assert kept[:2] == [
        ("klein_verhaal", "gedaan", "Ik mocht taarten versieren en ik was trots toen de klant lachte", False),
        ("moment", "gedaan", "De klant zei dat de taart mooi was", False),
    ]
    assert [(q, f, e) for q, f, _, e in kept[2:]] == [
        ("verbreden", "verbreden", True),
        ("verdiepen", "verdiepen", True),
    ]
