"""Conversation service tests."""
