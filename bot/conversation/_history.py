"""What a new conversation needs from earlier ones: which wording comes next, and earlier key words."""

from __future__ import annotations

from storage import Transaction

__all__ = ["history"]

# A few earlier key words are enough to name the common thread; more would make a long question.
_KEY_WORDS_SHOWN = 3


async def history(
    reads: Transaction, student_id: int, linked: int | None, *, reflection: bool
) -> tuple[int, list[str]]:
    """(how many conversations of this kind the student finished, their earlier key words, oldest first).

    The count is of reflections (experiences looked back on) or of preparations (experiences prepared):
    the next conversation of that kind takes the next wording of every question.
    """
    experiences = await reads.dossier.experiences(student_id)
    if not reflection:
        return sum(1 for e in experiences if e.prepared_at is not None), []
    count = sum(1 for e in experiences if e.reflected_at is not None)
    words: list[str] = []
    for experience in experiences:
        if experience.reflected_at is None or experience.id == linked:
            continue
        word = (await reads.dossier.entry(experience.id)).kernwoord.strip()
        if word and word.lower() not in {w.lower() for w in words}:
            words.append(word)
    return count, words[-_KEY_WORDS_SHOWN:]
