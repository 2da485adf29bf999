"""What a new reflection needs from earlier ones: which wording comes next, and earlier key words."""

from __future__ import annotations

from storage import Transaction

__all__ = ["history"]

# A few earlier key words are enough to name the common thread; more would make a long question.
_KEY_WORDS_SHOWN = 3


async def history(reads: Transaction, student_id: int, linked: int | None) -> tuple[int, list[str]]:
    """(how many conversations the student had, their earlier key words, oldest first, distinct).

    Every experience is a conversation, and one that was prepared and looked back on is two. So a new
    conversation gets the next number, also a look-back on a prepared experience (which exists already).
    """
    experiences = await reads.dossier.experiences(student_id)
    count = len(experiences) + sum(1 for e in experiences if e.prepared_at and e.reflected_at)
    words: list[str] = []
    for experience in experiences:
        if experience.reflected_at is None or experience.id == linked:
            continue
        word = (await reads.dossier.entry(experience.id)).kernwoord.strip()
        if word and word.lower() not in {w.lower() for w in words}:
            words.append(word)
    return count, words[-_KEY_WORDS_SHOWN:]
