"""Deterministic demonstration data at Lufeng's real scale (or a small one for tests)."""
