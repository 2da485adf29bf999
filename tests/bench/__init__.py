"""Benchmark smoke tests: the benches run; speed is measured by the benches themselves, never here."""
