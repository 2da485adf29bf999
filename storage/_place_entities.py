"""The school's network of places: companies and institutions that take students for a day or a stage.

A place is the school's data, not a student's. Its contact person is an adult whose name and phone number
or e-mail address are personal data: they are for staff only. A student sees what a place is, where, what
they can do there and how to sign up (`PlaceForStudent`), never the contact person. The school agreed with
the contact person that staff may call them; it did not agree that every student may, and the sign-up
route the school writes down ("mail stage@..." or "vraag het aan je decaan") is the way in for students.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

from ._school_entities import StudentExport

__all__ = [
    "PLACE_LIMITS",
    "Place",
    "PlaceChoice",
    "PlaceDraft",
    "PlaceForStudent",
    "split_keywords",
    "with_choices",
]

# The longest text each field keeps (the web form and the CSV import say so before it gets here).
PLACE_LIMITS = {
    "name": 120,
    "sector": 60,
    "location": 120,
    "activities": 600,
    "signup": 600,
    "contact_name": 120,
    "contact_reach": 200,
}
_KEYWORDS = 12
_KEYWORD_LENGTH = 40


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


def split_keywords(value: object) -> tuple[str, ...]:
    """ "zorg, ouderen; helpen" → ("zorg", "ouderen", "helpen"): distinct, in order, at most 12."""
    if isinstance(value, str):
        parts: list[object] = [p for chunk in value.split(";") for p in chunk.split(",")]
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        return ()
    seen: dict[str, str] = {}
    for part in parts:
        word = " ".join(str(part).split())[:_KEYWORD_LENGTH]
        if word and word.lower() not in seen:
            seen[word.lower()] = word
    return tuple(seen.values())[:_KEYWORDS]


class PlaceForStudent(_Record):
    """What a student may see of a place: no contact person (see the module's docstring)."""

    id: int
    name: str
    sector: str = ""
    location: str = ""
    activities: str = ""
    signup: str = ""
    keywords: tuple[str, ...] = ()

    @field_validator("keywords", mode="before")
    @classmethod
    def _keywords(cls, value: object) -> tuple[str, ...]:
        return split_keywords(value)


class PlaceDraft(_Record):
    """A place as a coordinator writes it (the form, a line of a CSV file)."""

    name: str = Field(min_length=1, max_length=PLACE_LIMITS["name"])
    sector: str = Field(default="", max_length=PLACE_LIMITS["sector"])
    location: str = Field(default="", max_length=PLACE_LIMITS["location"])
    activities: str = Field(default="", max_length=PLACE_LIMITS["activities"])
    signup: str = Field(default="", max_length=PLACE_LIMITS["signup"])
    contact_name: str = Field(default="", max_length=PLACE_LIMITS["contact_name"])
    contact_reach: str = Field(default="", max_length=PLACE_LIMITS["contact_reach"])
    # Stored as one text ("zorg, ouderen"), so every backend keeps it in a plain column.
    keywords: tuple[str, ...] = ()
    active: bool = True

    @field_validator("keywords", mode="before")
    @classmethod
    def _keywords(cls, value: object) -> tuple[str, ...]:
        return split_keywords(value)

    @field_serializer("keywords")
    def _joined(self, keywords: tuple[str, ...]) -> str:
        return ", ".join(keywords)

    def fields(self) -> dict[str, Any]:
        """The draft's fields as a backend stores them."""
        return self.model_dump(include=set(PlaceDraft.model_fields))


class Place(PlaceDraft):
    """A place in the school's network; `version` grows with every change (two editors: see ConflictError)."""

    id: int
    version: int = 0
    created_at: datetime
    updated_at: datetime

    def for_student(self) -> PlaceForStudent:
        """The place without its contact person."""
        return PlaceForStudent(
            id=self.id,
            name=self.name,
            sector=self.sector,
            location=self.location,
            activities=self.activities,
            signup=self.signup,
            keywords=self.keywords,
        )

    def draft(self) -> PlaceDraft:
        """The place's editable fields."""
        return PlaceDraft.model_validate(self.fields())


class PlaceChoice(_Record):
    """A student chose a place (to sign up there, or to go there): kept with the student, deleted with them.

    The place's name is kept too: the student's record still says where, when the place is removed.
    """

    id: int
    student_id: int
    place_id: int | None = None
    place_name: str
    experience_id: int | None = None
    step_id: int | None = None
    created_at: datetime


def with_choices(export: StudentExport, choices: list[PlaceChoice]) -> StudentExport:
    """A person's export with the places they chose (what, when; not the internal ids)."""
    kept = {"place_name", "experience_id", "step_id", "created_at"}
    chosen = [choice.model_dump(mode="json", include=kept) for choice in choices]
    return export.model_copy(update={"place_choices": chosen})
