"""Pure domain logic: validation, quorum arithmetic, workflow rules, masking. No Qt, SQLAlchemy or reportlab."""
