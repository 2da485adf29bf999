"""Channel tests."""
