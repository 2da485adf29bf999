"""Tests for the safety signal detector."""
