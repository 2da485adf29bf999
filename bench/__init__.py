"""Benchmarks; run with `python3 tasks.py bench [core|telegram|nudges]`, results go to BENCHMARKS.md."""
