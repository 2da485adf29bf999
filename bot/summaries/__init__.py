"""The mentor's weekly summary: built from what linked students share, sent every Monday, on demand too."""

from ._sender import WeeklySummaries
from ._weekly import MentorSummaryBuilder, StudentWeek, week_of

__all__ = ["MentorSummaryBuilder", "StudentWeek", "WeeklySummaries", "week_of"]
