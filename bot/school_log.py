"""Which school a log line is about, when one process serves several (ids are per school's database).

`serving_many` runs each school's steps with `SCHOOL` set; the tasks started then (its web requests, its
Telegram bot, its scheduler) inherit it, and `SchoolTag` puts `school=slug` in front of their lines.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar

__all__ = ["SCHOOL", "SchoolTag", "tag_log_lines"]

SCHOOL: ContextVar[str | None] = ContextVar("school", default=None)


class SchoolTag(logging.Filter):
    """Prefix a line with `school=slug` when it was logged on behalf of one school."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Always keep the line; tag it once."""
        school = SCHOOL.get()
        if school is not None and not getattr(record, "school", None):
            record.school = school
            # Slugs are [a-z0-9-] only: nothing in one can be read as a %-placeholder.
            record.msg = f"school={school} {record.msg}"
        return True


def tag_log_lines() -> None:
    """Tag the lines of every handler of the root logger (call once, after logging is set up)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, SchoolTag) for f in handler.filters):
            handler.addFilter(SchoolTag())
