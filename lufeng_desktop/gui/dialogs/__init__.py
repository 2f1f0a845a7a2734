"""Dialogs: one per module."""
