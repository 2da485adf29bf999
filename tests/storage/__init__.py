"""Tests for the storage package."""
