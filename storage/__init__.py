"""loopbaanbot: storage package."""
