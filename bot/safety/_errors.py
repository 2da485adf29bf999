"""The safety package's exceptions."""

from __future__ import annotations

__all__ = ["ModelUnavailableError", "SafetyError"]


class SafetyError(Exception):
    """Root of the safety package's exceptions."""


class ModelUnavailableError(SafetyError):
    """The trained model cannot be used (not installed, files missing or unreadable); rules only."""
