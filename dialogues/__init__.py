"""loopbaanbot: dialogues package."""
