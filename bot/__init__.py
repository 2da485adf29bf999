"""loopbaanbot: bot package."""
