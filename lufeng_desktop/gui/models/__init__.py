"""Qt item models: one per module, each backed by the read services and tested with qtmodeltester."""
