"""One small module per recognizer; see registry.py for the name -> recognizer table."""
