"""Sync: keys, the bundle envelope (sign, then seal), strict parsing and applying remote changes. No Qt."""
