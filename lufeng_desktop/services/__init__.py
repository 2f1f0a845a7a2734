"""Use cases. Each service call owns its Session, takes the acting user and device, and audits itself."""
