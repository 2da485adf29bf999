"""Benchmarks: `python3 tasks.py bench [core|faults|nudges|safety|telegram]`; results in BENCHMARKS.md."""
